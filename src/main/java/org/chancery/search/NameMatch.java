package org.chancery.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A name found in a query, with every form it is searched as.
 *
 * @param typed the phrase as typed
 * @param start offset of the phrase in the query text
 * @param end offset just past it
 * @param forms every form to search, the preferred name first; the typed form need not be
 *     among them (the index always searches it too, boosted)
 * @param preferred the preferred name of the authority ({@code Joseph Stalin})
 * @param why for each form, why it counts ({@code cover name of Joseph Stalin}); forms
 *     without an entry are explained as another form of the preferred name
 */
public record NameMatch(String typed, int start, int end, List<String> forms, String preferred,
    Map<String, String> why) {

  public NameMatch {
    if (typed == null || typed.isBlank() || start < 0 || end <= start) {
      throw new IllegalArgumentException("a name match needs a typed phrase and its span");
    }
    forms = forms == null ? List.of() : List.copyOf(forms);
    why = why == null ? Map.of() : Map.copyOf(why);
  }

  /** Forms other than the typed one, distinct case-insensitively, in their order. */
  public List<String> otherForms() {
    Map<String, String> out = new LinkedHashMap<>();
    String t = typed.strip().toLowerCase(Locale.ROOT);
    for (String f : forms) {
      String k = f.strip().toLowerCase(Locale.ROOT);
      if (!k.isEmpty() && !k.equals(t)) {
        out.putIfAbsent(k, f.strip());
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Why {@code form} counts. */
  public String reason(String form) {
    for (Map.Entry<String, String> e : why.entrySet()) {
      if (e.getKey().equalsIgnoreCase(form)) {
        return e.getValue();
      }
    }
    return "another form of " + preferred;
  }
}
