package org.chancery.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.RecordId;
import org.chancery.record.RecordJson;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The catalogue on a JDBC database (H2 or PostgreSQL), through JDBI.
 *
 * <p>A record is one row holding its current JSON body, plus one {@code record_version}
 * row per saved version. A content hash (the JSON without the save time) tells an
 * unchanged re-ingest from a change without parsing stored bodies.
 */
public final class JdbcCatalogue implements Catalogue {

  private static final int CHUNK = 500;

  private final DataSource dataSource;
  private final Jdbi jdbi;
  private final RecordJson json = new RecordJson();
  private final AuthorityTable authorityTable = new AuthorityTable(json);
  private final ChangeFeed changeFeed = new ChangeFeed(json);

  private JdbcCatalogue(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens the catalogue, creating or migrating its schema.
   *
   * @throws IllegalStateException when an embedded database is in use by another process
   */
  public static JdbcCatalogue open(DatabaseConfig config) {
    DataSource ds = null;
    String where = config.url().replaceAll("[;?].*", ""); // no options, no password
    try {
      ds = DataSources.open(config);
      List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
      if (config.isPostgres()) {
        locations.add("classpath:db/migration/postgresql");
      }
      Flyway.configure().dataSource(ds).locations(locations.toArray(String[]::new))
          .javaMigrations(new AuthorityKeysMigration(), new SetKeysMigration()).load()
          .migrate();
      return new JdbcCatalogue(ds);
    } catch (RuntimeException e) {
      if (ds != null) {
        DataSources.close(ds);
      }
      if (DataSources.isLockedByAnotherProcess(e)) {
        throw new IllegalStateException("the catalogue " + where
            + " is in use by another Chancery process (is 'chancery serve' running?)", e);
      }
      throw new IllegalStateException("cannot open the catalogue " + where + ": "
          + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  @Override
  public SaveSummary save(List<ArchivalRecord> records, List<Collection> collections,
      List<Authority> authorities, String actor, String note, boolean keepEditorialState) {
    CatalogueSave one = new CatalogueSave(records, collections, authorities, actor, note);
    return jdbi.inTransaction(h -> saveIn(h, one, keepEditorialState));
  }

  @Override
  public List<SaveSummary> saveAll(List<CatalogueSave> saves, boolean keepEditorialState) {
    return jdbi.inTransaction(h -> {
      List<SaveSummary> out = new ArrayList<>(saves.size());
      for (CatalogueSave s : saves) {
        out.add(saveIn(h, s, keepEditorialState));
      }
      return out;
    });
  }

  private SaveSummary saveIn(Handle h, CatalogueSave s, boolean keepEditorialState) {
    // Truncated so a record read back equals the one saved on every database.
    OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    Map<String, ArchivalRecord> byId = new LinkedHashMap<>();
    s.records().forEach(r -> byId.put(r.id().value(), r)); // the last of duplicate ids wins
    upsertCollections(h, s.collections());
    authorityTable.ingest(h, s.authorities(), s.actor(), s.note(), now);
    SaveSummary total = new SaveSummary(0, 0, 0);
    List<ArchivalRecord> all = new ArrayList<>(byId.values());
    for (int i = 0; i < all.size(); i += CHUNK) {
      total = total.plus(saveChunk(h, all.subList(i, Math.min(all.size(), i + CHUNK)),
          s.actor(), s.note(), keepEditorialState, now));
    }
    return total;
  }

  private record Existing(String state, int version, String hash) {}

  private SaveSummary saveChunk(Handle h, List<ArchivalRecord> chunk, String actor, String note,
      boolean keepState, OffsetDateTime now) {
    Map<String, Existing> existing = new HashMap<>();
    h.createQuery("SELECT id, state, version, content_hash FROM record WHERE id IN (<ids>)")
        .bindList("ids", chunk.stream().map(r -> r.id().value()).toList())
        .map((rs, ctx) -> Map.entry(rs.getString(1),
            new Existing(rs.getString(2), rs.getInt(3), rs.getString(4))))
        .forEach(e -> existing.put(e.getKey(), e.getValue()));

    PreparedBatch inserts = h.prepareBatch("INSERT INTO record (id, state, title, date_start, "
        + "version, content_hash, updated_at, origin_format, origin_file, origin_key, body) "
        + "VALUES (:id, :state, :title, :date, :version, :hash, :at, :format, :file, :key, :body)");
    // The version check makes a concurrent writer of the same record fail the whole save
    // rather than silently overwrite a version it never saw.
    PreparedBatch updates = h.prepareBatch("UPDATE record SET state = :state, title = :title, "
        + "date_start = :date, version = :version, content_hash = :hash, updated_at = :at, "
        + "origin_format = :format, origin_file = :file, origin_key = :key, body = :body "
        + "WHERE id = :id AND version = :previous");
    PreparedBatch versions = h.prepareBatch("INSERT INTO record_version (record_id, version, "
        + "saved_at, actor, note, body) VALUES (:id, :version, :at, :actor, :note, :body)");
    PreparedBatch keys = h.prepareBatch("INSERT INTO record_key (record_id, kind, key_value) "
        + "VALUES (:id, :kind, :value)");
    List<String> rekeyed = new ArrayList<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (ArchivalRecord incoming : chunk) {
      Existing old = existing.get(incoming.id().value());
      ArchivalRecord r = incoming;
      if (old != null && keepState) {
        r = r.withState(org.chancery.record.PublicationState.valueOf(old.state()));
      }
      String hash = hash(json.write(r.toBuilder().updated(null).build()));
      if (old != null && old.hash().equals(hash)) {
        unchanged++;
        continue;
      }
      int version = old == null ? 1 : old.version() + 1;
      ArchivalRecord stamped = r.toBuilder().updated(now.toInstant()).build();
      String body = json.write(stamped);
      PreparedBatch target = old == null ? inserts : updates;
      if (old != null) {
        target.bind("previous", old.version());
      }
      target.bind("id", r.id().value()).bind("state", r.state().name())
          .bind("title", truncate(r.title(), 4000))
          .bind("date", r.date() == null ? null : r.date().earliest())
          .bind("version", version).bind("hash", hash).bind("at", now)
          .bind("format", r.origin() == null ? null : r.origin().format())
          .bind("file", r.origin() == null ? null : truncate(r.origin().file(), 1000))
          .bind("key", r.origin() == null ? null : truncate(r.origin().key(), 200))
          .bind("body", body).add();
      versions.bind("id", r.id().value()).bind("version", version).bind("at", now)
          .bind("actor", truncate(actor, 200)).bind("note", truncate(note, 4000))
          .bind("body", body).add();
      rekeyed.add(r.id().value());
      for (RecordKey k : RecordKey.of(r)) {
        keys.bind("id", r.id().value()).bind("kind", k.kind().name()).bind("value", k.value())
            .add();
      }
      if (old == null) {
        created++;
      } else {
        updated++;
      }
    }
    if (!rekeyed.isEmpty()) {
      h.createUpdate("DELETE FROM record_key WHERE record_id IN (<ids>)")
          .bindList("ids", rekeyed).execute();
    }
    for (PreparedBatch b : List.of(inserts, updates, versions, keys)) {
      if (b.size() > 0) {
        int[] counts = b.execute();
        if (b == updates && java.util.Arrays.stream(counts).anyMatch(c -> c == 0)) {
          throw new IllegalStateException("another writer changed a record of this save at the "
              + "same time; nothing was saved, try again");
        }
      }
    }
    return new SaveSummary(created, updated, unchanged);
  }

  private void upsertCollections(Handle h, List<Collection> collections) {
    for (Collection c : dedupe(collections, Collection::id)) {
      int n = h.createUpdate("UPDATE collection SET title = :title, body = :body WHERE id = :id")
          .bind("id", c.id()).bind("title", truncate(c.title(), 4000))
          .bind("body", json.write(c)).execute();
      if (n == 0) {
        h.createUpdate("INSERT INTO collection (id, title, body) VALUES (:id, :title, :body)")
            .bind("id", c.id()).bind("title", truncate(c.title(), 4000))
            .bind("body", json.write(c)).execute();
      }
    }
  }

  private static <T> java.util.Collection<T> dedupe(List<T> items,
      java.util.function.Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    items.forEach(i -> m.put(id.apply(i), i));
    return m.values();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  static String hash(String s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  @Override
  public Optional<ArchivalRecord> find(RecordId id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT body FROM record WHERE id = :id")
        .bind("id", id.value()).mapTo(String.class).findOne()).map(json::read);
  }

  @Override
  public List<ArchivalRecord> find(java.util.Collection<RecordId> ids) {
    List<String> all = ids.stream().map(RecordId::value).distinct().sorted().toList();
    List<ArchivalRecord> found = new ArrayList<>(all.size());
    jdbi.useHandle(h -> {
      for (int i = 0; i < all.size(); i += CHUNK) {
        h.createQuery("SELECT body FROM record WHERE id IN (<ids>) ORDER BY id")
            .bindList("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
            .mapTo(String.class).forEach(b -> found.add(json.read(b)));
      }
    });
    return found;
  }

  @Override
  public List<RecordId> find(RecordKey key) {
    return jdbi.withHandle(h -> h.createQuery("SELECT record_id FROM record_key "
            + "WHERE kind = :kind AND key_value = :value ORDER BY record_id")
        .bind("kind", key.kind().name()).bind("value", key.value()).mapTo(String.class).list())
        .stream().map(RecordId::new).toList();
  }

  @Override
  public Map<RecordKey, List<RecordId>> find(java.util.Set<RecordKey> keys) {
    return jdbi.withHandle(h -> RecordLookups.keyed(h, keys));
  }

  @Override
  public Map<RecordId, java.time.LocalDate> earliestDates(java.util.Collection<RecordId> ids) {
    return jdbi.withHandle(h -> RecordLookups.earliest(h, ids));
  }

  @Override
  public Map<RecordId, org.chancery.record.PublicationState> states(
      java.util.Collection<RecordId> ids) {
    return jdbi.withHandle(h -> RecordLookups.states(h, ids));
  }

  @Override
  public List<RecordVersion> history(RecordId id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT version, saved_at, actor, note, body "
            + "FROM record_version WHERE record_id = :id ORDER BY version")
        .bind("id", id.value())
        .map((rs, ctx) -> new RecordVersion(rs.getInt(1),
            rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
            json.read(rs.getString(5))))
        .list());
  }

  @Override
  public void forEach(Consumer<ArchivalRecord> visitor) {
    forEachBody("record", body -> visitor.accept(json.read(body)));
  }

  /**
   * Streams a table's JSON bodies in id order. Short page queries by id rather than one
   * long cursor: no transaction stays open during a long reindex, export or names load,
   * and the visitor may use the catalogue itself.
   */
  private void forEachBody(String table, Consumer<String> visitor) {
    String after = "";
    while (true) {
      String from = after;
      List<String[]> page = jdbi.withHandle(h -> h.createQuery("SELECT id, body FROM " + table
              + " WHERE id > :after ORDER BY id LIMIT :n")
          .bind("after", from).bind("n", CHUNK)
          .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
      for (String[] row : page) {
        visitor.accept(row[1]);
      }
      if (page.size() < CHUNK) {
        return;
      }
      after = page.get(page.size() - 1)[0];
    }
  }

  @Override
  public long count() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM record").mapTo(Long.class)
        .one());
  }

  @Override
  public List<ArchivalRecord> changes(ChangeQuery q) {
    return jdbi.withHandle(h -> changeFeed.changes(h, q));
  }

  @Override
  public long countChanges(ChangeQuery q) {
    return jdbi.withHandle(h -> changeFeed.count(h, q));
  }

  @Override
  public List<String> keyValues(RecordKey.Kind kind,
      java.util.Set<org.chancery.record.PublicationState> states) {
    return jdbi.withHandle(h -> changeFeed.keyValues(h, kind, states));
  }

  @Override
  public long countPublished() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM record WHERE state = :s")
        .bind("s", "PUBLISHED").mapTo(Long.class).one());
  }

  @Override
  public List<ArchivalRecord> recentlyPublished(int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT body FROM record WHERE state = :s "
            + "ORDER BY updated_at DESC, id LIMIT :n")
        .bind("s", "PUBLISHED").bind("n", limit).mapTo(String.class).list())
        .stream().map(json::read).toList();
  }

  @Override
  public List<Collection> collections() {
    return jdbi.withHandle(h -> h.createQuery("SELECT body FROM collection ORDER BY title, id")
        .mapTo(String.class).list()).stream().map(b -> json.read(b, Collection.class)).toList();
  }

  @Override
  public Optional<Collection> collection(String id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT body FROM collection WHERE id = :id")
        .bind("id", id).mapTo(String.class).findOne()).map(b -> json.read(b, Collection.class));
  }

  @Override
  public List<Authority> authorities() {
    return jdbi.withHandle(h -> h.createQuery("SELECT body FROM authority ORDER BY name, id")
        .mapTo(String.class).list()).stream().map(b -> json.read(b, Authority.class)).toList();
  }

  @Override
  public void forEachAuthority(Consumer<Authority> visitor) {
    forEachBody("authority", body -> visitor.accept(json.read(body, Authority.class)));
  }

  @Override
  public Optional<Authority> authority(String id) {
    return jdbi.withHandle(h -> h.createQuery("SELECT body FROM authority WHERE id = :id")
        .bind("id", id).mapTo(String.class).findOne()).map(b -> json.read(b, Authority.class));
  }

  @Override
  public List<Authority> authorities(java.util.Collection<String> ids) {
    List<String> all = ids.stream().distinct().toList();
    List<Authority> found = new ArrayList<>();
    jdbi.useHandle(h -> {
      for (int i = 0; i < all.size(); i += CHUNK) {
        h.createQuery("SELECT body FROM authority WHERE id IN (<ids>)")
            .bindList("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
            .mapTo(String.class).forEach(b -> found.add(json.read(b, Authority.class)));
      }
    });
    found.sort(java.util.Comparator.comparing(Authority::name).thenComparing(Authority::id));
    return found;
  }

  @Override
  public SaveSummary edit(AuthorityEdit edit) {
    OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    return jdbi.inTransaction(h -> {
      for (Authority a : edit.saved()) {
        authorityTable.edit(h, a, edit.actor(), edit.action(), edit.note(), now);
      }
      for (String id : edit.removed()) {
        authorityTable.remove(h, id, edit.actor(), "merged-away", edit.note(), now);
      }
      edit.redirects().forEach((from, to) -> authorityTable.redirect(h, from, to, now));
      SaveSummary total = new SaveSummary(0, 0, 0);
      for (int i = 0; i < edit.records().size(); i += CHUNK) {
        total = total.plus(saveChunk(h, edit.records().subList(i,
            Math.min(edit.records().size(), i + CHUNK)), edit.actor(), edit.note(), true, now));
      }
      return total;
    });
  }

  @Override
  public List<AuthorityVersion> authorityHistory(String id) {
    return jdbi.withHandle(h -> authorityTable.history(h, id));
  }

  @Override
  public Map<String, String> authorityRedirects() {
    return jdbi.withHandle(authorityTable::redirects);
  }

  @Override
  public String authoritiesStamp() {
    // History rows are only ever added (one per change, merges and splits included), so
    // their count and latest time move with every change; both are read off an index.
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*), MAX(saved_at) "
            + "FROM authority_version")
        .map((rs, ctx) -> rs.getLong(1) + "@" + rs.getString(2)).one());
  }

  @Override
  public void close() {
    DataSources.close(dataSource);
  }
}
