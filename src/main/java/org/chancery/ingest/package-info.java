/**
 * Ingest: bytes in, {@link org.chancery.ingest.IngestBatch batches} of records out. This
 * package owns every input format Chancery reads and nothing else: it does no I/O beyond
 * reading the one input, knows nothing of the catalogue or the index, and depends only on
 * {@code org.chancery.record}. That keeps readers pure functions, testable on fixtures and
 * safe to run on uploads in a web request.
 *
 * <p>{@link org.chancery.ingest.Ingestor} is the one door: it bounds the input size (before
 * and after gunzip, so a zip bomb is refused like an oversize file), refuses binary files,
 * decodes text (see {@code TextDecoder}: a wrong encoding is a warning, not a refusal,
 * because archivists' files come from everywhere), then sniffs the format from content
 * and hands the text to one reader. Readers are lenient and never throw: a doubtful field
 * is a non-fatal {@link org.chancery.record.Problem}; an unusable file is one fatal
 * problem and no records, because the catalogue must never save half a file.
 * {@link org.chancery.ingest.JsonLines} is also public because export writes it.
 *
 * <p>XML is hostile until proven otherwise: every parser comes from {@code SafeXml}, which
 * never resolves external entities and refuses DOCTYPEs that declare any. Do not make a
 * parser anywhere else.
 *
 * <p>To add a reader: write a package-private {@code XxxReader} with a static
 * {@code IngestBatch read(String file, String text)} that collects problems instead of
 * throwing; add a constant to {@code Format} and teach {@code Format.sniff} to recognise
 * it by content (the extension is only a hint); dispatch it in {@code Ingestor}; list it
 * in {@code Ingestor.ACCEPTED} so refusals tell people what works; and give it fixtures
 * in {@code src/test/resources/ingest/} named for what they exercise. Give records ids
 * derived from the input (volume and document number, a Record ID, the file name), so
 * ingesting the same file twice updates rather than duplicates.
 *
 * <p>Deep extraction (a cable's handling chain, embedded telegrams, references) is not
 * done here yet: readers keep texts verbatim and record their spans as provenance so an
 * extractor can later point at the exact characters it read.
 */
package org.chancery.ingest;
