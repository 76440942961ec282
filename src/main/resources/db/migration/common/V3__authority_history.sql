-- Authorities are edited (a variant added, two merged, one split): every version is kept,
-- and the id of an authority merged into another keeps answering by redirecting.

ALTER TABLE authority ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
-- True once a person has changed it: a re-ingest then only adds forms, never overwrites.
ALTER TABLE authority ADD COLUMN edited BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE authority_version (
  authority_id VARCHAR(128)  NOT NULL,
  version      INTEGER       NOT NULL,
  saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  actor        VARCHAR(200)  NOT NULL,
  action       VARCHAR(32)   NOT NULL,
  note         VARCHAR(4000),
  -- null when this version removed the authority (merged into another)
  body         TEXT,
  PRIMARY KEY (authority_id, version)
);

CREATE TABLE authority_redirect (
  old_id   VARCHAR(128) NOT NULL PRIMARY KEY,
  new_id   VARCHAR(128) NOT NULL,
  saved_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Authorities saved before this version get their first history entry.
INSERT INTO authority_version (authority_id, version, saved_at, actor, action, note, body)
  SELECT id, 1, CURRENT_TIMESTAMP, 'ingest', 'create', 'before history was kept', body
  FROM authority;
