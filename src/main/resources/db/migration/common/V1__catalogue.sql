-- The catalogue of record. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL 15.
-- Records are stored whole as JSON (RecordJson) so the domain can grow without a
-- migration per field; the columns beside the body are what queries filter and sort on.

CREATE TABLE record (
  id            VARCHAR(128)  NOT NULL PRIMARY KEY,
  state         VARCHAR(16)   NOT NULL,
  title         VARCHAR(4000) NOT NULL,
  date_start    DATE,
  version       INTEGER       NOT NULL,
  content_hash  VARCHAR(64)   NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  origin_format VARCHAR(32),
  origin_file   VARCHAR(1000),
  origin_key    VARCHAR(200),
  body          TEXT          NOT NULL
);

CREATE INDEX record_state_updated ON record (state, updated_at);

-- Every saved version, the current one included: history and diffs read from here.
CREATE TABLE record_version (
  record_id VARCHAR(128) NOT NULL,
  version   INTEGER      NOT NULL,
  saved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  actor     VARCHAR(200) NOT NULL,
  note      VARCHAR(4000),
  body      TEXT         NOT NULL,
  PRIMARY KEY (record_id, version)
);

CREATE TABLE collection (
  id    VARCHAR(128)  NOT NULL PRIMARY KEY,
  title VARCHAR(4000) NOT NULL,
  body  TEXT          NOT NULL
);

CREATE TABLE authority (
  id   VARCHAR(128)  NOT NULL PRIMARY KEY,
  kind VARCHAR(16)   NOT NULL,
  name VARCHAR(4000) NOT NULL,
  body TEXT          NOT NULL
);

CREATE INDEX authority_kind_name ON authority (kind, name);
