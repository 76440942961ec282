package org.chancery.record;

/**
 * An editorial note: a FRUS footnote, an archivist's Spravka, a cataloguer's remark.
 *
 * @param label the note's mark in the text ({@code 1}, {@code *}), or null
 * @param text the note itself, plain text
 */
public record Note(String label, String text) {}
