package org.chancery.web;

/**
 * A labelled link, the building block of page models. Public for the compiled templates.
 *
 * @param label what the reader sees
 * @param href where it goes, or null for plain text
 * @param count a number shown beside it (facet counts), or -1
 * @param selected whether it is the current choice
 * @param note a secondary text (the written form of a name), or null
 */
public record PageLink(String label, String href, long count, boolean selected, String note) {

  public static PageLink of(String label, String href) {
    return new PageLink(label, href, -1, false, null);
  }
}
