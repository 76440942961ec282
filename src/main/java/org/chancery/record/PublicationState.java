package org.chancery.record;

/**
 * Where a record stands in the editorial workflow. Only {@link #PUBLISHED} records are
 * visible to the public, through every door: pages, search, facet counts, API, exports.
 */
public enum PublicationState {
  DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN;

  public boolean isPublic() {
    return this == PUBLISHED;
  }
}
