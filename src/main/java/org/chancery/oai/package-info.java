/**
 * The OAI-PMH 2.0 data provider at {@code /oai}: harvesters (aggregators, union catalogues)
 * fetch the archive's published records as Dublin Core, incrementally by save time and by
 * set (collection, document type); withdrawn records are reported as deleted, for ever.
 *
 * <p>One class per concern: {@link org.chancery.oai.OaiArguments} checks a request's
 * arguments, {@link org.chancery.oai.OaiError} carries the protocol's error codes,
 * {@link org.chancery.oai.OaiDates} the datestamps and their granularity,
 * {@link org.chancery.oai.ResumptionTokens} the signed stateless tokens,
 * {@link org.chancery.oai.OaiSets} the set hierarchy, {@link org.chancery.oai.DublinCore}
 * the {@code oai_dc} format, {@link org.chancery.oai.OaiXml} the streaming writer,
 * {@link org.chancery.oai.Verbs} the six verbs, and {@link org.chancery.oai.OaiPmh} the
 * HTTP door the web server mounts.
 *
 * <p>To add a metadata format, add a {@link org.chancery.oai.MetadataFormat} constant with
 * its writer; ListMetadataFormats, GetRecord and ListRecords pick it up. Only the catalogue
 * is read, never the search index, so a harvest sees exactly what the catalogue holds.
 */
package org.chancery.oai;
