package org.chancery.record;

/**
 * One step in a document's life after it was written: drafted, sent, received,
 * deciphered, printed, distributed, verified, registered, declassified, published.
 *
 * @param event the step, lower case ({@code deciphered})
 * @param at when: ISO-8601 date-time with offset when known, else EDTF, else null
 * @param by who did it, or null
 * @param place where, or null
 * @param detail anything else the text says ({@code Nº 3007}, {@code 8 copies}), or null
 */
public record HandlingEvent(String event, String at, NameRef by, String place, String detail) {}
