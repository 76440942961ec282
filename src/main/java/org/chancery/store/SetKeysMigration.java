package org.chancery.store;

/**
 * Version 6: gives records saved before OAI-PMH sets existed their
 * {@link RecordKey.Kind#COLLECTION} and {@link RecordKey.Kind#TYPE} keys, computed from
 * their stored bodies, so a harvest by set finds them.
 */
final class SetKeysMigration extends RecordKeysMigration {

  SetKeysMigration() {
    super(6, "collection and type keys of existing records", RecordKey::setKeys);
  }
}
