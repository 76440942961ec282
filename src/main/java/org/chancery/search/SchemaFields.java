package org.chancery.search;

import java.util.List;
import java.util.Map;

/**
 * The names of the schema's fields ({@code solr/configsets/chancery/conf/schema.xml}), so
 * the converter, the query builder and the facet reader cannot drift apart.
 */
final class SchemaFields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TITLE_SORT = "title_sort";
  static final String SUMMARY = "summary";
  static final String BODY = "body";
  // original-language texts; which language goes where: LanguageFields
  static final String BODY_RU = "body_ru";
  static final String BODY_ZH = "body_zh";
  static final String BODY_KO = "body_ko";
  static final String BODY_OTHER = "body_other";
  static final String NAMES = "names";
  static final String TEXT = "text";
  static final String DATE_START = "date_start";
  static final String DATE_END = "date_end";
  static final String DATE_DISPLAY = "date_display";
  static final String YEAR = "year";
  static final String DECADE = "decade";
  static final String TYPE = "type";
  static final String AUTHOR = "author";
  static final String RECIPIENT = "recipient";
  static final String PERSON = "person";
  static final String PLACE = "place";
  static final String SUBJECT = "subject";
  static final String LANGUAGE = "language";
  static final String ARCHIVE = "archive";
  static final String COLLECTION = "collection";
  static final String AUTHOR_T = "author_t";
  // authority ids: who wrote, who received, and everything the record links
  static final String AUTHOR_ID = "author_id";
  static final String RECIPIENT_ID = "recipient_id";
  static final String PLACE_ID = "place_id";
  static final String NAME_ID = "name_id";
  static final String RECIPIENT_T = "recipient_t";
  static final String PERSON_T = "person_t";
  static final String PLACE_T = "place_t";

  /**
   * The field names a reader may type before a colon, each with the schema fields it
   * searches. A name that is also a schema field without an entry here (title, text) is
   * searched as itself.
   */
  static final Map<String, String> USER_FIELD_ALIASES = Map.of(
      "author", AUTHOR_T,
      "recipient", RECIPIENT_T,
      "person", PERSON_T,
      "place", PLACE_T,
      "subject", "subject_t",
      "type", "type_t");

  /** Every user-facing field name, in the order help texts list them. */
  static final List<String> USER_FIELDS =
      List.of("title", "author", "recipient", "person", "place", "subject", "type", "text");

  private SchemaFields() {}

  /** The exact-valued, docValues field a facet counts and filters on. */
  static String field(Facet facet) {
    return switch (facet) {
      case TYPE -> TYPE;
      case DECADE -> DECADE;
      case YEAR -> YEAR;
      case AUTHOR -> AUTHOR;
      case RECIPIENT -> RECIPIENT;
      case PERSON -> PERSON;
      case PLACE -> PLACE;
      case SUBJECT -> SUBJECT;
      case LANGUAGE -> LANGUAGE;
      case ARCHIVE -> ARCHIVE;
      case COLLECTION -> COLLECTION;
      case AUTHORITY -> NAME_ID;
    };
  }
}
