package org.chancery.record;

/**
 * A named set of records: a FRUS volume, a donor's gift, a thematic selection.
 *
 * @param id stable identifier, used in URLs and OAI-PMH set specs
 * @param title the collection's title
 * @param description what it holds and where it comes from, or null
 */
public record Collection(String id, String title, String description) {

  public Collection {
    if (!RecordId.isValid(id)) {
      throw new IllegalArgumentException("not a collection id: '" + id + "'");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("collection " + id + " needs a title");
    }
  }
}
