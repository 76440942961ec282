package org.chancery.cite;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.chancery.record.EdtfDate;

/**
 * How each style writes an EDTF date, including the dates archives have and style guides
 * treat specially: approximate ({@code 1951~}: Chicago and APA "ca. 1951", MLA
 * "c. 1951"), uncertain ({@code 1951-10?}: Chicago "[October 1951?]", MLA
 * "[Oct. 1951?]", APA "1951, October?"), ranges (the year said once when both ends
 * share it: "October 18–November 2, 1951"), open ranges ("1951–", "–1951") and no date
 * at all (Chicago and APA "n.d."; MLA leaves the date out).
 */
enum StyleDates {
  CHICAGO, MLA, APA;

  // MLA 9 abbreviates months longer than four letters (May, June and July stay whole).
  private static final String[] MLA_MONTHS = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June",
      "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

  /** The date as this style writes it; empty for MLA when there is no date. */
  Optional<String> format(EdtfDate date) {
    if (date == null) {
      return this == MLA ? Optional.empty() : Optional.of("n.d.");
    }
    if (!date.isInterval()) {
      return Optional.of(qualified(date, true));
    }
    String[] ends = date.text().split("/", -1);
    Optional<EdtfDate> from = end(ends[0]);
    Optional<EdtfDate> to = end(ends[1]);
    if (from.isEmpty()) {
      return Optional.of("–" + qualified(to.orElseThrow(), true));
    }
    if (to.isEmpty()) {
      return Optional.of(qualified(from.get(), true) + "–");
    }
    EdtfDate a = from.get();
    EdtfDate b = to.get();
    boolean sameYear = a.earliest().getYear() == b.earliest().getYear()
        && a.precision() != EdtfDate.Precision.YEAR && b.precision() != EdtfDate.Precision.YEAR;
    if (this == APA) {
      if (!sameYear) {
        return Optional.of(qualified(a, true).replaceFirst(",.*", "") + "–"
            + qualified(b, true).replaceFirst(",.*", ""));
      }
      return Optional.of(qualified(a, true) + "–" + qualified(b, false));
    }
    return Optional.of(qualified(a, !sameYear) + "–" + qualified(b, true));
  }

  private static Optional<EdtfDate> end(String text) {
    return text.isEmpty() || text.equals("..") ? Optional.empty() : EdtfDate.tryParse(text);
  }

  private String qualified(EdtfDate d, boolean withYear) {
    String core = core(d, withYear);
    boolean approx = d.approximate();
    boolean unsure = d.uncertain();
    return switch (this) {
      case CHICAGO -> unsure ? "[" + (approx ? "ca. " : "") + core + "?]"
          : approx ? "ca. " + core : core;
      case MLA -> unsure ? "[" + (approx ? "c. " : "") + core + "?]"
          : approx ? "c. " + core : core;
      case APA -> (approx ? "ca. " : "") + core + (unsure ? "?" : "");
    };
  }

  private String core(EdtfDate d, boolean withYear) {
    LocalDate day = d.earliest();
    int year = day.getYear();
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    EdtfDate.Precision p = d.precision();
    return switch (this) {
      case CHICAGO -> switch (p) {
        case YEAR -> Integer.toString(year);
        case MONTH -> withYear ? month + " " + year : month;
        case DAY -> month + " " + day.getDayOfMonth() + (withYear ? ", " + year : "");
      };
      case MLA -> {
        String m = MLA_MONTHS[day.getMonthValue() - 1];
        yield switch (p) {
          case YEAR -> Integer.toString(year);
          case MONTH -> withYear ? m + " " + year : m;
          case DAY -> day.getDayOfMonth() + " " + m + (withYear ? " " + year : "");
        };
      }
      case APA -> {
        String monthDay = p == EdtfDate.Precision.DAY ? month + " " + day.getDayOfMonth() : month;
        yield switch (p) {
          case YEAR -> Integer.toString(year);
          default -> withYear ? year + ", " + monthDay : monthDay;
        };
      }
    };
  }
}
