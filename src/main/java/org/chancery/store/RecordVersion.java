package org.chancery.store;

import java.time.Instant;
import org.chancery.record.ArchivalRecord;

/**
 * One saved version of a record.
 *
 * @param version 1 for the first save, then 2, 3, ...
 * @param saved when it was saved
 * @param actor who saved it ({@code ingest}, a user name)
 * @param note why ({@code ingest frus1951v07p2.xml}), or null
 * @param record the record as saved
 */
public record RecordVersion(int version, Instant saved, String actor, String note,
    ArchivalRecord record) {}
