package org.chancery.archive;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.record.Authority;
import org.chancery.search.NameCounts;

/**
 * Everything an authority's page shows: the authority, what the published records say
 * about it, and the authorities those counts name (correspondents, places), by id.
 *
 * @param authority the authority
 * @param counts documents, years, correspondents, places, letters
 * @param named the authorities the counts name, by id (ids with no authority are absent)
 * @param broader the broader authority (a subject's parent), or null
 * @param narrower authorities whose broader one this is
 */
public record AuthorityProfile(Authority authority, NameCounts counts,
    Map<String, Authority> named, Authority broader, List<Authority> narrower) {

  public AuthorityProfile {
    named = Map.copyOf(named);
    narrower = List.copyOf(narrower);
  }

  /** The preferred name for an id the counts hold, or the id itself. */
  public String name(String id) {
    Authority a = named.get(id);
    return a == null ? id : a.name();
  }

  public Optional<Authority> named(String id) {
    return Optional.ofNullable(named.get(id));
  }
}
