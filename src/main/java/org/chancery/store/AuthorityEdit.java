package org.chancery.store;

import java.util.List;
import java.util.Map;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;

/**
 * An editor's change to authorities, saved in one transaction with the records it relinks
 * (a merge: the surviving authority, the removed one, its redirect and every record that
 * linked it).
 *
 * @param actor who makes the change
 * @param action what kind of change, kept in each authority's history ({@code merge})
 * @param note why, or null
 * @param saved authorities created or changed (marked as edited: a re-ingest keeps them)
 * @param removed ids of authorities that cease to exist
 * @param redirects old id to the id that replaces it
 * @param records records whose links changed
 */
public record AuthorityEdit(String actor, String action, String note, List<Authority> saved,
    List<String> removed, Map<String, String> redirects, List<ArchivalRecord> records) {

  public AuthorityEdit {
    if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
      throw new IllegalArgumentException("an authority edit needs an actor and an action");
    }
    saved = List.copyOf(saved);
    removed = List.copyOf(removed);
    redirects = Map.copyOf(redirects);
    records = List.copyOf(records);
  }
}
