package org.chancery.record;

/**
 * A mention of another document ({@code your telegram of 0115 18 October},
 * {@code Deptel 533}, {@code my Nº 2390}).
 *
 * @param kind what is referred to ({@code telegram}, {@code deptel}, {@code order})
 * @param date its date as EDTF or date-time, or null
 * @param number its number, or null
 * @param target the id of the record it resolves to in this archive, or null
 */
public record Reference(String kind, String date, String number, String target) {}
