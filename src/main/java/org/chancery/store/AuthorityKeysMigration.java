package org.chancery.store;

/**
 * Version 4: gives records saved before authorities could be merged their
 * {@link RecordKey.Kind#AUTHORITY} keys, computed from their stored bodies, so a merge
 * finds every record that links the merged authority. Java, because the keys come from
 * the record's JSON, which portable SQL cannot read.
 */
final class AuthorityKeysMigration extends RecordKeysMigration {

  AuthorityKeysMigration() {
    super(4, "authority keys of existing records", r -> RecordKey.of(r).stream()
        .filter(k -> k.kind() == RecordKey.Kind.AUTHORITY).toList());
  }
}
