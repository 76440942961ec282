/**
 * The search index: full-text search, facets and snippets over the published records, on
 * Solr through SolrJ only.
 *
 * <p><b>What it owns.</b> A derived index, never a source of truth: it holds published
 * records only ({@link org.chancery.search.SearchIndex#index} deletes any record that is
 * not published, so no search, hit or facet count can leak a draft or a withdrawn record),
 * and it can always be rebuilt from the catalogue. It also owns the project's one Solr
 * configset, {@code src/main/resources/solr/configsets/chancery/conf/}, used by the
 * embedded core ({@link org.chancery.search.SolrSearchIndex#embedded}) and, uploaded, by
 * a SolrCloud collection ({@link org.chancery.search.SolrSearchIndex#cloud}).
 *
 * <p><b>SolrCloud.</b> {@code SolrCloud} connects through ZooKeeper, uploads the configset
 * (named after the collection, all files in one ZooKeeper transaction) and creates the
 * collection when missing; everything else is the embedded code path. A sharded collection
 * answers as the embedded core does because: every request parameter is sent with the
 * request ({@code SolrQueries}); the configset's {@code ExactStatsCache} scores with
 * collection-wide term statistics, not each shard's; Solr refines field and pivot facet
 * counts across shards, so counts are exact (a value could only be missing from a
 * top-100 list if it ranked below about 160th on every shard); sorts end with the id, so
 * ties fall the same way; {@code numFound} is exact; the result window
 * ({@code MAX_RESULT_WINDOW}) bounds what each shard ranks for a deep page. The test suite
 * checks all of it on a two-shard cluster ({@code CloudSolrSearchIT}).
 *
 * <p><b>How it is built.</b> {@code RecordDocuments} turns a record into a Solr document;
 * {@code QueryText} checks what the reader typed and rewrites it into edismax syntax that
 * cannot fail (or into plain words, with a notice); {@code SolrQueries} builds the request
 * (relevance, filters, sort, facets, highlighting); {@code HitReader} and
 * {@code FacetReader} read the response. {@code SchemaFields} names every field once.
 *
 * <p><b>To add a searchable field</b> (say, the cable's classification): declare it in
 * {@code schema.xml}, fill it in {@code RecordDocuments}, name it in {@code SchemaFields};
 * to make it part of plain-word search add it to {@code SolrQueries.QUERY_FIELDS} (its
 * analyzer must remove the same stopwords as the others, see the schema's header), and to
 * let readers type {@code classification:} add it to {@code SchemaFields.USER_FIELDS}
 * (with an alias in {@code USER_FIELD_ALIASES} when the searched field has another name).
 *
 * <p><b>Languages.</b> Each text of a record is indexed in the body field of its language
 * ({@code LanguageFields} reads the text's BCP 47 tag): {@code body} for English and
 * undetermined texts ({@code text_en}: English possessive, accents folded, KStem),
 * {@code body_ru} ({@code text_ru}: light stemmer, ё folded to е, surnames in -ов/-ев
 * matched across cases), {@code body_zh} ({@code text_zh}: ICU dictionary segmentation,
 * traditional characters read as simplified), {@code body_ko} ({@code text_ko}: Nori
 * morphology, particles and endings dropped, Hanja read as Hangul) and {@code body_other}
 * for any other language ({@code text_icu}: ICU word breaking, folding, no stemming). Every
 * body field is searched, phrase-boosted and highlighted with the same weight, so a query
 * typed in any of these languages finds the original transcripts, and an English query
 * ranks English texts as before; all of them are also copied into the catch-all
 * {@code text}. One stopword list, {@code stopwords.txt}, serves every searched field
 * (see the schema's header for why).
 *
 * <p><b>To add a language</b> (say, Japanese with Kuromoji): in {@code schema.xml}, a
 * {@code text_ja} field type (its analyzer must drop an English possessive, fold accents
 * and case and then apply {@code stopwords.txt} as the others do, and must not drop whole
 * words of its own), a stored {@code body_ja} field with {@code storeOffsetsWithPositions}
 * and a {@code copyField} to {@code text}; the language's function words in
 * {@code stopwords.txt}; the field name in {@code SchemaFields}; the language codes and the
 * field in {@code LanguageFields} ({@code BY_LANGUAGE} and {@code BODIES}). Search, phrase
 * boosts, highlighting and snippets follow from {@code BODIES}. If the analysis lives in a
 * Lucene module Solr does not bring, add it to the pom (same Lucene version as solr-core);
 * a SolrCloud node needs it too (ICU: the {@code analysis-extras} module). Reindex.
 *
 * <p><b>To add a facet</b>: add a constant to {@link org.chancery.search.Facet}, a
 * multi-valued {@code string} field with docValues to the schema, fill it in
 * {@code RecordDocuments} (the exact value a reader sees and filters on), and map the
 * facet to the field in {@code SchemaFields.field}; filtering, counting and the
 * {@code selected} flag follow. Any schema change needs a rebuild of the index: on start
 * the embedded core replaces an outdated configset and logs that a reindex is due.
 */
package org.chancery.search;
