/**
 * Citations of published records: the Chicago, MLA and APA forms shown on a record page,
 * the BibTeX, RIS and CSL-JSON downloads, and the metadata a page head carries for
 * reference managers (Highwire Press {@code citation_*} tags, read by Zotero) and for
 * search engines (schema.org JSON-LD).
 *
 * <p>Everything starts from one {@link org.chancery.cite.CitationData}, built by
 * {@link org.chancery.cite.Citations} from a record, its authorities and its collections:
 * names are resolved once ({@code CitedNames}: persons split into family and given
 * names from the authority data, organisations kept whole, cover names noted), and each
 * format is a small writer over that value. To add a format: add a constant to
 * {@link org.chancery.cite.CitationFormat} and a writer taking a {@code CitationData};
 * to change how a date reads in a style, see {@code StyleDates}. docs/citations.md says
 * which field goes where and why.
 */
package org.chancery.cite;
