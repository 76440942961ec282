package org.chancery.extract;

import org.chancery.record.Distribution;
import org.chancery.record.DocNumber;
import org.chancery.record.EdtfDate;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;
import org.chancery.record.Reference;

/** The fields a rule can fill, each with the type of its values. */
enum Field {
  TYPE(String.class, false),
  TITLE(String.class, false),
  DATE(EdtfDate.class, false),
  /** ISO-8601 date-time with offset. */
  DATETIME(String.class, false),
  ORIGIN_PLACE(NameRef.class, false),
  FROM(NameRef.class, true),
  TO(NameRef.class, true),
  VIA(NameRef.class, true),
  COPIES_TO(NameRef.class, true),
  CLASSIFICATION(String.class, false),
  PRECEDENCE(String.class, false),
  ISSUING_OFFICE(NameRef.class, false),
  SERIES(String.class, false),
  COPY_NUMBER(String.class, false),
  NUMBERS(DocNumber.class, true),
  STAMPS(String.class, true),
  PERSONS(NameRef.class, true),
  PLACES(NameRef.class, true),
  HANDLING(HandlingEvent.class, true),
  REFERENCES(Reference.class, true),
  SUBJECT_LINE(String.class, false),
  /** The distribution list with copy counts ({@code Stalin (2)}). */
  DISTRIBUTION(Distribution.class, true);

  final Class<?> type;
  final boolean multi;

  Field(Class<?> type, boolean multi) {
    this.type = type;
    this.multi = multi;
  }

  /** The name used in provenance records and the extract contract. */
  String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
