package org.chancery.record;

/**
 * A number a document carries.
 *
 * @param kind what the number is: {@code cable}, {@code incoming}, {@code outgoing},
 *     {@code print}, {@code message}, {@code file}, {@code copy}, {@code stamp}, ...
 * @param value the number as written ({@code 254/3612/shs}, {@code 793B.00/6–351})
 */
public record DocNumber(String kind, String value) {}
