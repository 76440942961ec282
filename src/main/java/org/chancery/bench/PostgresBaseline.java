package org.chancery.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chancery.archive.Progress;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.NameRef;
import org.chancery.record.Text;
import org.chancery.search.Facet;
import org.chancery.search.NameMatch;
import org.chancery.search.QueryExpansion;
import org.chancery.store.Catalogue;

/**
 * PostgreSQL full-text search as a simple archive would do it: one table of records with
 * a stored {@code tsvector} (title A, summary B, body) under a GIN index, facet arrays
 * under GIN indexes, and per search one ranked page query, one count and one
 * {@code GROUP BY} per listed facet (the facets the archive shows).
 */
final class PostgresBaseline {

  static final String DDL = """
      CREATE TABLE docs (id text PRIMARY KEY, title text, summary text, body text, type text,
        year int, decade int, date_start date, date_end date, authors text[],
        recipients text[], persons text[], places text[], subjects text[], languages text[],
        archive text, collections text[],
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
          || to_tsvector('english', coalesce(body, ''))) STORED)""";

  static final List<String> INDEXES = List.of(
      "CREATE INDEX docs_tsv ON docs USING gin (tsv)",
      "CREATE INDEX docs_authors ON docs USING gin (authors)",
      "CREATE INDEX docs_persons ON docs USING gin (persons)",
      "CREATE INDEX docs_places ON docs USING gin (places)",
      "CREATE INDEX docs_type ON docs (type)",
      "CREATE INDEX docs_dates ON docs (date_start, date_end)");

  /** Facet name → SQL expression and whether it is an array. */
  static final Map<String, String> FACETS = new java.util.LinkedHashMap<>();

  static {
    FACETS.put("type", "type");
    FACETS.put("decade", "decade");
    FACETS.put("year", "year");
    FACETS.put("author", "unnest(authors)");
    FACETS.put("recipient", "unnest(recipients)");
    FACETS.put("person", "unnest(persons)");
    FACETS.put("place", "unnest(places)");
    FACETS.put("subject", "unnest(subjects)");
    FACETS.put("language", "unnest(languages)");
    FACETS.put("archive", "archive");
    FACETS.put("collection", "unnest(collections)");
  }

  private PostgresBaseline() { }

  static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Copies every record of the catalogue; returns the count. */
  static long load(Connection c, Catalogue catalogue, long total, Progress progress)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(DDL);
    }
    c.setAutoCommit(false);
    long[] n = {0};
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO docs (id, title, summary, body,"
        + " type, year, decade, date_start, date_end, authors, recipients, persons, places,"
        + " subjects, languages, archive, collections) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      SQLException[] failed = {null};
      catalogue.forEach(r -> {
        if (failed[0] != null || !r.state().isPublic()) {
          return;
        }
        try {
          bind(c, ps, r);
          ps.addBatch();
          if (++n[0] % 500 == 0) {
            ps.executeBatch();
            progress.update("postgres: load", n[0], total);
          }
        } catch (SQLException e) {
          failed[0] = e;
        }
      });
      if (failed[0] != null) {
        throw failed[0];
      }
      ps.executeBatch();
    }
    c.commit();
    progress.update("postgres: indexes", n[0], total);
    try (Statement s = c.createStatement()) {
      for (String ddl : INDEXES) {
        s.execute(ddl);
      }
      c.commit();
      c.setAutoCommit(true);
      s.execute("VACUUM ANALYZE docs");
    }
    return n[0];
  }

  private static void bind(Connection c, PreparedStatement ps, ArchivalRecord r)
      throws SQLException {
    StringBuilder body = new StringBuilder();
    for (Text t : r.texts()) {
      body.append(t.body()).append('\n');
    }
    ps.setString(1, r.id().value());
    ps.setString(2, r.title());
    ps.setString(3, r.summary());
    ps.setString(4, body.toString());
    ps.setString(5, r.type());
    if (r.date() != null && r.date().earliest() != null) {
      int year = r.date().earliest().getYear();
      ps.setObject(6, year);
      ps.setObject(7, year / 10 * 10);
      ps.setDate(8, Date.valueOf(r.date().earliest()));
      ps.setDate(9, Date.valueOf(r.date().latest()));
    } else {
      ps.setNull(6, java.sql.Types.INTEGER);
      ps.setNull(7, java.sql.Types.INTEGER);
      ps.setNull(8, java.sql.Types.DATE);
      ps.setNull(9, java.sql.Types.DATE);
    }
    Function<List<NameRef>, Array> names = l -> array(c, l.stream().map(NameRef::name).toList());
    ps.setArray(10, names.apply(r.authors()));
    ps.setArray(11, names.apply(r.recipients()));
    ps.setArray(12, names.apply(r.persons()));
    List<String> places = new ArrayList<>();
    if (r.originPlace() != null) {
      places.add(r.originPlace().name());
    }
    r.places().forEach(p -> places.add(p.name()));
    ps.setArray(13, array(c, places));
    ps.setArray(14, array(c, r.subjects()));
    ps.setArray(15, array(c, r.languages()));
    ps.setString(16, r.originalArchive());
    ps.setArray(17, array(c, r.collections()));
  }

  private static Array array(Connection c, List<String> values) {
    try {
      return c.createArrayOf("text", values.toArray());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** websearch_to_tsquery text: names become an OR of every form the archive searches. */
  static String tsText(QueryMix q, QueryExpansion expansion) {
    if (!"name".equals(q.kind())) {
      return q.text();
    }
    List<String> forms = new ArrayList<>();
    forms.add("\"" + q.text() + "\"");
    for (NameMatch m : expansion.expand(q.text())) {
      m.forms().forEach(f -> forms.add("\"" + f.replace("\"", "") + "\""));
    }
    return String.join(" or ", forms);
  }

  /** One search: page, count and every facet; returns the number of hits. */
  static long search(Connection c, QueryMix q, String tsText) throws SQLException {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE true");
    boolean text = tsText != null && !tsText.isBlank();
    if (text) {
      where.append(" AND tsv @@ websearch_to_tsquery('english', ?)");
      args.add(tsText);
    }
    for (Map.Entry<Facet, String> f : q.filters().entrySet()) {
      switch (f.getKey()) {
        case TYPE -> where.append(" AND type = ?");
        case AUTHOR -> where.append(" AND authors @> ARRAY[?]::text[]");
        case PLACE -> where.append(" AND places @> ARRAY[?]::text[]");
        case PERSON -> where.append(" AND persons @> ARRAY[?]::text[]");
        default -> throw new IllegalArgumentException("no PostgreSQL filter for " + f.getKey());
      }
      args.add(f.getValue());
    }
    if (q.to() != null) {
      where.append(" AND date_start <= ?");
      args.add(Date.valueOf(q.to()));
    }
    if (q.from() != null) {
      where.append(" AND date_end >= ?");
      args.add(Date.valueOf(q.from()));
    }
    String page = text
        ? "SELECT id, title, ts_rank(tsv, websearch_to_tsquery('english', ?)) AS r FROM docs"
            + where + " ORDER BY r DESC, date_start, id LIMIT ? OFFSET ?"
        : "SELECT id, title FROM docs" + where + " ORDER BY date_start, id LIMIT ? OFFSET ?";
    List<Object> pageArgs = new ArrayList<>();
    if (text) {
      pageArgs.add(tsText);
    }
    pageArgs.addAll(args);
    pageArgs.add(QueryMix.PAGE_SIZE);
    pageArgs.add((q.page() - 1) * QueryMix.PAGE_SIZE);
    drain(c, page, pageArgs);
    long total = drain(c, "SELECT count(*) FROM docs" + where, args);
    for (String expr : FACETS.values()) {
      drain(c, "SELECT v, count(*) FROM (SELECT " + expr + " AS v FROM docs" + where
          + ") f WHERE v IS NOT NULL GROUP BY v ORDER BY count(*) DESC, v LIMIT 100", args);
    }
    return total;
  }

  /** Runs a query and reads every row; returns the first column of the last row as a long. */
  private static long drain(Connection c, String sql, List<Object> args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      long last = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object o = rs.getObject(1);
          last = o instanceof Number num ? num.longValue() : last + 1;
        }
      }
      return last;
    }
  }
}
