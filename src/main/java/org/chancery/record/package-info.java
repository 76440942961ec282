/**
 * The domain: what an archive holds, as immutable values with no I/O.
 *
 * <p>{@link org.chancery.record.ArchivalRecord} is one catalogued document: the
 * catalogue frame (title, {@link org.chancery.record.EdtfDate date}, parties, subjects,
 * sources, rights) and the document's own structure ({@link org.chancery.record.Text
 * texts}, {@link org.chancery.record.Cable cable} numbers, handling chain, embedded
 * telegrams, references). {@link org.chancery.record.RecordJson} is its one JSON form,
 * used by the catalogue, the API and the JSON Lines export alike.
 *
 * <p>This package depends on no other Chancery package. To add a field: add it to the
 * record and its builder, then to the catalogue's index fields and the record page; the
 * JSON form follows by itself, and older JSON without the field still reads.
 */
package org.chancery.record;
