package org.chancery.record;

/**
 * A rights statement.
 *
 * @param statement the text as the archive gives it
 * @param uri a RightsStatements.org or Creative Commons URI when one fits, else null
 */
public record Rights(String statement, String uri) {

  /** US government works such as FRUS: no known copyright. */
  public static final String NO_KNOWN_COPYRIGHT_US_GOV =
      "http://rightsstatements.org/vocab/NoC-US/1.0/";
  /** In copyright, educational use permitted (the seed archive's terms). */
  public static final String IN_COPYRIGHT_EDUCATIONAL =
      "http://rightsstatements.org/vocab/InC-EDU/1.0/";
}
