package org.chancery.search;

/**
 * One search result.
 *
 * @param id the record id
 * @param title catalogue title, plain text (escape it)
 * @param date the date as a reader reads it ({@code 18 October 1951}), or null; plain text
 * @param type document type, or null; plain text
 * @param snippetHtml a passage with matches wrapped in {@code <mark>}; everything else
 *     HTML-escaped, so it is safe to put in a page as is; null when nothing to show
 */
public record Hit(String id, String title, String date, String type, String snippetHtml) {}
