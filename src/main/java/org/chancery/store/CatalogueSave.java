package org.chancery.store;

import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;

/**
 * One save among several that {@link Catalogue#saveAll} commits together: what one
 * {@link Catalogue#save} call would take.
 */
public record CatalogueSave(List<ArchivalRecord> records, List<Collection> collections,
    List<Authority> authorities, String actor, String note) {

  public CatalogueSave {
    records = List.copyOf(records);
    collections = List.copyOf(collections);
    authorities = List.copyOf(authorities);
  }
}
