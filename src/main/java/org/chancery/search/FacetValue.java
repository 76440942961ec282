package org.chancery.search;

/**
 * One value of a facet with the number of hits it leads to.
 *
 * @param value the value as filtered on ({@code 1950s} for a decade, a preferred name)
 * @param count hits among the current results that carry this value: exactly the total
 *     that filtering on it gives
 * @param selected true when the current query filters on it
 */
public record FacetValue(String value, long count, boolean selected) {}
