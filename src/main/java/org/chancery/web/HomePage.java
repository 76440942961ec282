package org.chancery.web;

import java.util.List;

/**
 * The home page model.
 *
 * @param records published records in all
 * @param collections each collection with its count of published records
 * @param recent recently added records (title and date as note)
 * @param decades browse links by decade with counts
 */
public record HomePage(long records, List<PageLink> collections, List<PageLink> recent,
    List<PageLink> decades) {}
