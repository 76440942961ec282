package org.chancery.record;

import java.util.List;

/**
 * A document quoted or forwarded inside another (a telegram of Mao's forwarded to
 * Stalin), with its own parties and date. Nests: an embedded document may quote another.
 *
 * @param type what it is ({@code Telegram}), or null
 * @param from its authors
 * @param to its addressees
 * @param copiesTo who got copies
 * @param date its date as EDTF, or null
 * @param datetime its date and time as ISO-8601 with offset, or null
 * @param start the first character of its text inside the parent's text, or -1
 * @param end one past its last character, or -1
 * @param embedded documents quoted inside it
 * @param originPlace where it was sent from, or null
 * @param via intermediaries it went through
 * @param numbers numbers it carries (its outgoing number)
 * @param references documents it mentions ({@code your telegram of 0115 18 October})
 */
public record EmbeddedDocument(String type, List<NameRef> from, List<NameRef> to,
    List<NameRef> copiesTo, String date, String datetime, int start, int end,
    List<EmbeddedDocument> embedded, NameRef originPlace, List<NameRef> via,
    List<DocNumber> numbers, List<Reference> references) {

  public EmbeddedDocument {
    from = List.copyOf(from == null ? List.of() : from);
    to = List.copyOf(to == null ? List.of() : to);
    copiesTo = List.copyOf(copiesTo == null ? List.of() : copiesTo);
    embedded = List.copyOf(embedded == null ? List.of() : embedded);
    via = List.copyOf(via == null ? List.of() : via);
    numbers = List.copyOf(numbers == null ? List.of() : numbers);
    references = List.copyOf(references == null ? List.of() : references);
  }
}
