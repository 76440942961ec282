package org.chancery.record;

import java.util.List;

/**
 * The structure of a cable or telegram as data: what archives keep only as text.
 *
 * @param issuingOffice the office or channel that issued the cable (the Second Main
 *     Directorate of the General Staff), or null
 * @param numbers every number the document carries (cable, incoming, outgoing, print, ...)
 * @param classification {@code Top Secret}, {@code Secret}, ... as written, or null
 * @param precedence {@code Priority}, {@code Niact}, {@code Flash}, ... or null
 * @param series the decrypt's series letter(s), or null
 * @param copyNumber which printed copy this is, or null
 * @param stamps the text of each stamp
 * @param distribution the distribution list
 * @param handling the handling chain, in order
 * @param embedded documents quoted or forwarded inside this one
 * @param references other documents it mentions
 */
public record Cable(NameRef issuingOffice, List<DocNumber> numbers, String classification, String precedence,
    String series, String copyNumber, List<String> stamps, List<Distribution> distribution,
    List<HandlingEvent> handling, List<EmbeddedDocument> embedded, List<Reference> references) {

  public static final Cable NONE =
      new Cable(null, List.of(), null, null, null, null, List.of(), List.of(), List.of(), List.of(),
          List.of());

  public Cable {
    numbers = copy(numbers);
    stamps = copy(stamps);
    distribution = copy(distribution);
    handling = copy(handling);
    embedded = copy(embedded);
    references = copy(references);
  }

  private static <T> List<T> copy(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** True when nothing of the cable's structure is known. (Not a bean getter: not in JSON.) */
  public boolean nothingKnown() {
    return equals(NONE);
  }
}
