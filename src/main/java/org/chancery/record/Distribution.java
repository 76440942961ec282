package org.chancery.record;

/**
 * One entry of a distribution list: who got copies and how many.
 *
 * @param to the recipient of the copies
 * @param copies how many copies, 1 when the list does not say
 */
public record Distribution(NameRef to, int copies) {}
