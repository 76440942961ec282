package org.chancery.store;

/**
 * What a save changed.
 *
 * @param created records that did not exist before
 * @param updated records whose content changed (a new version was kept)
 * @param unchanged records saved with identical content (no new version)
 */
public record SaveSummary(int created, int updated, int unchanged) {

  public SaveSummary plus(SaveSummary o) {
    return new SaveSummary(created + o.created, updated + o.updated, unchanged + o.unchanged);
  }

  public int total() {
    return created + updated + unchanged;
  }
}
