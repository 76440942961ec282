package org.chancery.romanise;

import java.util.Objects;

/**
 * One spelling of a name with the romanisation system (or script) it is written in, so a caller
 * can say "P'eng Te-huai — Wade-Giles".
 *
 * @param form the name as written in that system
 * @param system one of the constants of this record ({@link #WADE_GILES}, {@link #BGN_PCGN}, ...)
 */
public record Spelling(String form, String system) {

  public static final String PINYIN = "Pinyin";
  public static final String WADE_GILES = "Wade-Giles";
  public static final String WADE_GILES_PLAIN = "Wade-Giles (no apostrophes)";
  /** Cyrillic spelling of a Chinese name (Palladius system): Чжоу Эньлай. */
  public static final String PALLADIUS = "Palladius";
  /** A conventional Chinese form from the irregular table (postal, Cantonese-based, Western). */
  public static final String CHINESE_CONVENTIONAL = "Conventional";
  public static final String MCCUNE_REISCHAUER = "McCune-Reischauer";
  public static final String MCCUNE_REISCHAUER_PLAIN = "McCune-Reischauer (no diacritics)";
  public static final String REVISED_ROMANIZATION = "Revised Romanization";
  /** A Korean spelling in Western use that follows neither MR nor RR (Kim Il Sung, Paik). */
  public static final String KOREAN_CONVENTIONAL = "Conventional (Korean)";
  public static final String BGN_PCGN = "BGN/PCGN";
  public static final String ISO_9 = "ISO 9";
  public static final String LIBRARY_OF_CONGRESS = "Library of Congress";
  /** Russian names as British and American newspapers and US cables wrote them: Vyshinsky. */
  public static final String ENGLISH_PRESS = "English press";
  public static final String CYRILLIC = "Cyrillic";

  public Spelling {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(system, "system");
  }

  @Override
  public String toString() {
    return form + " \u2014 " + system;
  }
}
