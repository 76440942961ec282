/**
 * Romanisation as data: conversions between the systems names of Chinese, Korean and
 * Russian people and places were written in, driven by syllable tables shipped in
 * {@code src/main/resources/romanise}. Depends on nothing else of Chancery.
 */
package org.chancery.romanise;
