package org.chancery.store;

import java.time.Instant;
import org.chancery.record.Authority;

/**
 * One saved version of an authority.
 *
 * @param version 1 for the first save, then 2, 3, ...
 * @param saved when
 * @param actor who ({@code ingest}, {@code bundled}, an editor's name)
 * @param action what kind of change ({@code create}, {@code update}, {@code add-variant},
 *     {@code merge}, {@code split}, {@code merged-away})
 * @param note why, or null
 * @param authority the authority as saved; null for the version that removed it (merged
 *     into another, which its id now redirects to)
 */
public record AuthorityVersion(int version, Instant saved, String actor, String action,
    String note, Authority authority) {}
