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
 * a SolrCloud collection ({@link org.chancery.search.SolrSearchIndex#over}).
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
 * <p><b>To add a facet</b>: add a constant to {@link org.chancery.search.Facet}, a
 * multi-valued {@code string} field with docValues to the schema, fill it in
 * {@code RecordDocuments} (the exact value a reader sees and filters on), and map the
 * facet to the field in {@code SchemaFields.field}; filtering, counting and the
 * {@code selected} flag follow. Any schema change needs a rebuild of the index: on start
 * the embedded core replaces an outdated configset and logs that a reindex is due.
 */
package org.chancery.search;
