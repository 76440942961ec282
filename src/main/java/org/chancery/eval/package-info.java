/**
 * Measures extraction against professional editors' markup: renders each document of a FRUS
 * TEI volume to the plain text a transcriber would type, runs the extractor on that text
 * alone and compares what it finds with the editors' dates, places, parties,
 * classification and person links.
 *
 * <p>Depends on {@code extract} and {@code record}; reads the XML itself, so the gold never
 * passes through the code under test.
 */
package org.chancery.eval;
