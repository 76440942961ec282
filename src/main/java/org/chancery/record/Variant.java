package org.chancery.record;

/**
 * Another form of an authority's name, and what kind of form it is — so a search can say
 * why it matched ("Filippov — cover name of Joseph Stalin, 1945–1953").
 *
 * @param form the form as written ({@code Filippov}, {@code P'eng Te-huai})
 * @param kind what the form is
 * @param system the romanisation system or language of the form ({@code Wade-Giles},
 *     {@code ru}), or null
 * @param from EDTF start of the period the form was in use (cover names), or null
 * @param to EDTF end of that period, or null
 * @param source where the assertion comes from, or null
 */
public record Variant(String form, Kind kind, String system, String from, String to,
    String source) {

  /** What a variant is. */
  public enum Kind {
    COVER_NAME, PSEUDONYM, ROMANISATION, OTHER_LANGUAGE, MISSPELLING, TITLE_FORM,
    /** The list form {@code Johnson, U. Alexis} or the natural order of it. */
    NAME_ORDER, OTHER;

    /** Words for a reader: {@code cover name}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  public Variant {
    if (form == null || form.isBlank()) {
      throw new IllegalArgumentException("a variant needs a form");
    }
    form = form.strip();
    kind = kind == null ? Kind.OTHER : kind;
  }

  /** A form of unknown kind (older data that listed plain strings). */
  public static Variant of(String form) {
    return new Variant(form, Kind.OTHER, null, null, null, null);
  }

  public static Variant of(String form, Kind kind) {
    return new Variant(form, kind, null, null, null, null);
  }
}
