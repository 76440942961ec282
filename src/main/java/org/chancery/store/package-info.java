/**
 * The catalogue of record: every record with every saved version, collections and
 * authorities, in a JDBC database — an embedded H2 file by default, PostgreSQL when
 * configured (pooled by HikariCP, see {@code docs/postgresql.md}) — through JDBI.
 *
 * <p>The schema keeps a record's current JSON body in {@code record} beside the columns
 * queries filter and sort on, and every version's body in {@code record_version}. The
 * search index is derived from this package's contents and never the reverse.
 *
 * <p>To change the schema, add a Flyway migration in
 * {@code src/main/resources/db/migration/common} written in SQL that both H2 (in
 * PostgreSQL mode) and PostgreSQL run; what only PostgreSQL can do (GIN indexes, full-text
 * columns) goes in {@code db/migration/postgresql}, which Flyway reads only there.
 */
package org.chancery.store;
