-- Bulk look-ups of keys by value (RecordLookups.keyed): H2 uses an index for an IN list
-- only on the index's first column, so record_key_lookup (kind, key_value) made
-- "kind = ? AND key_value IN (...)" read every key of the kind, a cost that grew with the
-- archive. With key_value first, each value is one index look-up, on H2 and PostgreSQL.
CREATE INDEX record_key_by_value ON record_key (key_value, kind);
