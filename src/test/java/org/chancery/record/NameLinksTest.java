package org.chancery.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameLinksTest {

  private static NameRef ref(String id) {
    return new NameRef(id.toUpperCase(java.util.Locale.ROOT), null, id);
  }

  private static ArchivalRecord everywhere() {
    EmbeddedDocument inner = new EmbeddedDocument("Telegram", List.of(ref("inner-from")),
        List.of(ref("inner-to")), List.of(), null, null, 0, 1, List.of(), ref("inner-place"),
        List.of(), List.of(), List.of());
    EmbeddedDocument outer = new EmbeddedDocument("Telegram", List.of(ref("from")),
        List.of(ref("to")), List.of(ref("copy")), null, null, 0, 1, List.of(inner), null,
        List.of(ref("via-embedded")), List.of(), List.of());
    Cable cable = new Cable(ref("office"), List.of(), null, null, null, null, List.of(),
        List.of(new Distribution(ref("distributed"), 2)),
        List.of(new HandlingEvent("deciphered", null, ref("clerk"), null, null)),
        List.of(outer), List.of());
    return ArchivalRecord.builder(new RecordId("r")).title("T").author(ref("author"))
        .recipient(ref("recipient")).via(List.of(ref("via"))).copiesTo(List.of(ref("cc")))
        .originPlace(ref("origin")).person(ref("person")).place(ref("place"))
        .person(NameRef.of("Unlinked")).cable(cable).build();
  }

  @Test
  void findsEveryLinkedNameIncludingHandlingAndNestedTelegrams() {
    assertThat(NameLinks.ids(everywhere())).containsExactlyInAnyOrder("author", "recipient",
        "via", "cc", "origin", "person", "place", "office", "distributed", "clerk", "from",
        "to", "copy", "via-embedded", "inner-from", "inner-to", "inner-place");
  }

  @Test
  void relinkingReachesEveryFieldAndLeavesAnUnchangedRecordAlone() {
    ArchivalRecord r = everywhere();
    ArchivalRecord moved = NameLinks.relink(r, n -> n.id() == null ? n
        : new NameRef(n.name(), n.as(), "x-" + n.id()));
    assertThat(NameLinks.ids(moved)).allMatch(id -> id.startsWith("x-")).hasSize(17);
    assertThat(NameLinks.relink(r, n -> n)).isSameAs(r);
  }
}
