/**
 * Exports of the archive for people and programs outside it: JSON Lines (Chancery's own
 * backup form, which {@code ingest} reads back), CSV for spreadsheets, TEI P5 for digital
 * editions, plain text for reading, and the sitemaps search engines crawl.
 *
 * <p>{@link org.chancery.export.Exporter} is the one entry point the command line and the
 * web server use; it streams records from the catalogue (never the whole archive in
 * memory) into one {@link org.chancery.export.RecordWriter} per format. To add a format,
 * write a {@code RecordWriter}, add a constant to {@link org.chancery.export.ExportFormat}
 * that makes it, and document it in docs/exports.md. Only the caller decides whether
 * unpublished records are included: every public door asks for published ones only.
 */
package org.chancery.export;
