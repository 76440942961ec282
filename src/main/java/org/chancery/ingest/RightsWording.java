package org.chancery.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.record.Rights;

/**
 * A RightsStatements.org (or Creative Commons) URI for an archive's rights wording, so
 * reuse terms can be filtered and harvested. Only clear wordings get a URI: a wrong one
 * misleads more than none.
 */
final class RightsWording {

  static final String IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/";
  static final String NO_KNOWN_COPYRIGHT = "http://rightsstatements.org/vocab/NKC/1.0/";
  static final String COPYRIGHT_NOT_EVALUATED = "http://rightsstatements.org/vocab/CNE/1.0/";
  static final String PUBLIC_DOMAIN_MARK = "http://creativecommons.org/publicdomain/mark/1.0/";

  private static final Pattern CC_URI = Pattern.compile(
      "https?://creativecommons\\.org/(?:licenses|publicdomain)/[a-z0-9./-]+");

  private RightsWording() {}

  static Rights of(String statement) {
    if (statement == null || statement.isBlank()) {
      return null;
    }
    return new Rights(statement, uriFor(statement));
  }

  static String uriFor(String statement) {
    String s = statement.toLowerCase(Locale.ROOT);
    Matcher cc = CC_URI.matcher(s);
    if (cc.find()) {
      return cc.group();
    }
    if (s.contains("rightsstatements.org/vocab/")) {
      Matcher rs = Pattern.compile("https?://rightsstatements\\.org/vocab/[A-Za-z-]+/1\\.0/")
          .matcher(statement);
      if (rs.find()) {
        return rs.group();
      }
    }
    if (s.contains("public domain")) {
      return s.contains("government") ? Rights.NO_KNOWN_COPYRIGHT_US_GOV : PUBLIC_DOMAIN_MARK;
    }
    if (s.contains("no known copyright")) {
      return NO_KNOWN_COPYRIGHT;
    }
    boolean educational = s.contains("educational") || s.contains("research and teaching");
    boolean copyright = s.contains("copyright");
    if (educational && copyright) {
      return Rights.IN_COPYRIGHT_EDUCATIONAL;
    }
    if (s.contains("copyright not evaluated") || s.contains("not been evaluated")) {
      return COPYRIGHT_NOT_EVALUATED;
    }
    if (s.contains("in copyright") || s.contains("all rights reserved")) {
      return IN_COPYRIGHT;
    }
    return null;
  }
}
