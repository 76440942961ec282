package org.chancery.web;

import java.util.Locale;

/** Language names for BCP 47 tags, as readers expect them ({@code ru} → Russian). */
final class Languages {

  private Languages() {}

  static String name(String tag) {
    if (tag == null || tag.isBlank() || tag.equals("und")) {
      return "Unknown language";
    }
    String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
    return name.isBlank() ? tag : name;
  }
}
