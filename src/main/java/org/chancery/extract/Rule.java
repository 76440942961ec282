package org.chancery.extract;

/**
 * One extraction rule: reads the text and writes what it finds into the draft, each
 * value with its span and a confidence. Rules are independent and run in order; where
 * two rules fill the same single-valued field, the more confident value stays.
 */
interface Rule {

  /** A short stable name, recorded in each value's provenance ({@code soviet.handling}). */
  String name();

  void apply(SourceText text, Draft draft);
}
