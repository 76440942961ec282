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
 */
public record EmbeddedDocument(String type, List<NameRef> from, List<NameRef> to,
    List<NameRef> copiesTo, String date, String datetime, int start, int end,
    List<EmbeddedDocument> embedded) {

  public EmbeddedDocument {
    from = List.copyOf(from == null ? List.of() : from);
    to = List.copyOf(to == null ? List.of() : to);
    copiesTo = List.copyOf(copiesTo == null ? List.of() : copiesTo);
    embedded = List.copyOf(embedded == null ? List.of() : embedded);
  }
}
