package org.chancery.web;

import java.util.List;

/**
 * The list of authorities, one page of it.
 *
 * @param total how many match
 * @param authorities this page's, by name
 * @param q the filter as typed
 * @param kind the kind filter ({@code person}) or empty
 * @param previous the previous page, or null
 * @param next the next page, or null
 */
public record AuthorityListPage(int total, List<PageLink> authorities, String q, String kind,
    String previous, String next) {}
