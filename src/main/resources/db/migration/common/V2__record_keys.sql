-- What a record can be found by when another document refers to it: its numbers and its
-- date-times (its own and its embedded documents'), and, for references it could not yet
-- resolve, what those references name — so a record ingested later can be linked back.
CREATE TABLE record_key (
  record_id VARCHAR(128) NOT NULL,
  kind      VARCHAR(16)  NOT NULL,
  key_value VARCHAR(200) NOT NULL,
  PRIMARY KEY (record_id, kind, key_value)
);

CREATE INDEX record_key_lookup ON record_key (kind, key_value);
