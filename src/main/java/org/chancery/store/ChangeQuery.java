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
 */
public record ChangeQuery(Set<PublicationState> states, Instant from, Instant before,
    Position after, int limit) {

  /** A place in the (save time, id) order; the last record of a page gives the next one. */
  public record Position(Instant updated, String id) {
    public Position {
      Objects.requireNonNull(updated, "updated");
      Objects.requireNonNull(id, "id");
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

  /** The first page of records in the given states, {@code limit} at a time. */
  public static ChangeQuery of(Set<PublicationState> states, int limit) {
    return new ChangeQuery(states, null, null, null, limit);
  }

  public ChangeQuery from(Instant v) {
    return new ChangeQuery(states, v, before, after, limit);
  }

  public ChangeQuery before(Instant v) {
    return new ChangeQuery(states, from, v, after, limit);
  }

  public ChangeQuery after(Position v) {
    return new ChangeQuery(states, from, before, v, limit);
  }
}
