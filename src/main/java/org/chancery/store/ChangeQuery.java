package org.chancery.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.chancery.record.PublicationState;

/**
 * Which records to list in the order the catalogue last saved them ({@code updated}, then
 * id): the feed harvesters (OAI-PMH), cursor-paged API listings and exports read.
 *
 * @param states the states to include (never empty)
 * @param from earliest save time, inclusive, or null for no lower bound
 * @param before latest save time, exclusive, or null for no upper bound
 * @param after the position to continue after (the last record of the previous page), or
 *     null to start at the beginning
 * @param limit at most this many records (1..10,000)
 * @param keys only records carrying one of these keys (an OAI-PMH set), or null for all
 */
public record ChangeQuery(Set<PublicationState> states, Instant from, Instant before,
    Position after, int limit, KeyFilter keys) {

  /** A place in the (save time, id) order; the last record of a page gives the next one. */
  public record Position(Instant updated, String id) {
    public Position {
      Objects.requireNonNull(updated, "updated");
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * Records that carry a key of this kind with one of these values, or with any value when
   * {@code values} is empty (every record in some collection). The database answers it
   * from its key table, so a set of ten records in a million is read as ten rows.
   */
  public record KeyFilter(RecordKey.Kind kind, Set<String> values) {
    public KeyFilter {
      Objects.requireNonNull(kind, "kind");
      values = values == null ? Set.of() : Set.copyOf(values);
    }
  }

  public ChangeQuery {
    if (states == null || states.isEmpty()) {
      throw new IllegalArgumentException("a change query needs at least one state");
    }
    states = Set.copyOf(EnumSet.copyOf(states));
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be 1..10000, was " + limit);
    }
  }

  /** A query over every record of the given states and save-time window. */
  public ChangeQuery(Set<PublicationState> states, Instant from, Instant before,
      Position after, int limit) {
    this(states, from, before, after, limit, null);
  }

  /** The first page of records in the given states, {@code limit} at a time. */
  public static ChangeQuery of(Set<PublicationState> states, int limit) {
    return new ChangeQuery(states, null, null, null, limit);
  }

  public ChangeQuery from(Instant v) {
    return new ChangeQuery(states, v, before, after, limit, keys);
  }

  public ChangeQuery before(Instant v) {
    return new ChangeQuery(states, from, v, after, limit, keys);
  }

  public ChangeQuery after(Position v) {
    return new ChangeQuery(states, from, before, v, limit, keys);
  }

  public ChangeQuery limit(int v) {
    return new ChangeQuery(states, from, before, after, v, keys);
  }

  public ChangeQuery keys(KeyFilter v) {
    return new ChangeQuery(states, from, before, after, limit, v);
  }
}
