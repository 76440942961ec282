/**
 * One running archive: {@link org.chancery.archive.Archive} opens the catalogue and the
 * search index named by a {@link org.chancery.archive.ChanceryConfig} and runs the
 * operations that touch both (ingest, reindex, export, the demo load), so the command
 * line and the web server behave alike.
 *
 * <p>Rule of this package: the catalogue is written first, the index second, and the index
 * is only ever derived from the catalogue. To add an operation, add a method to
 * {@code Archive} that keeps that order, then expose it from {@code cli} and {@code web}.
 */
package org.chancery.archive;
