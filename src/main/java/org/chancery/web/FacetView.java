package org.chancery.web;

import java.util.List;

/** One facet on the search page: its label and values as toggle links. */
public record FacetView(String label, String param, List<PageLink> values) {}
