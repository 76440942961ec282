package org.chancery.record;

/**
 * Where a record came from at ingest, so ingesting the same input again updates it.
 *
 * @param format the reader that produced it ({@code text}, {@code frus-tei}, {@code jsonl})
 * @param file the input's file name (not its path: paths differ between machines)
 * @param key the document's key inside the input ({@code d12}), or null
 */
public record Origin(String format, String file, String key) {}
