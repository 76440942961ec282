package org.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.Test;

class FrusPersonMentionsTest {

  private static final NameIndex NAMES = new NameIndex(List.of(
      Authority.of("p-jfd", Authority.Kind.PERSON, "Dulles, John Foster", List.of(),
          "Secretary of State", null),
      Authority.of("p-awd", Authority.Kind.PERSON, "Dulles, Allen W.", List.of(),
          "Director of Central Intelligence", null),
      Authority.of("p-wp", Authority.Kind.PERSON, "Wang Ping-nan", List.of(), null, null),
      Authority.of("p-wb", Authority.Kind.PERSON, "Wang Bing-nan", List.of(), null, null),
      Authority.of("p-menon", Authority.Kind.PERSON, "Menon, V. K. Krishna", List.of(), null,
          null)));

  private static ArchivalRecord extract(String text) {
    ArchivalRecord frame = ArchivalRecord.builder(new RecordId("p")).title("(untitled)").build();
    return new Extractor(NAMES).extract(frame, text, 0);
  }

  @Test
  void resolvesSurnamesFullNamesAndPossessivesOnce() {
    ArchivalRecord r = extract("Heading\n\nFollowing Menon’s remarks, Krishna Menon said"
        + " again that Menon would help.\n");
    assertThat(r.persons()).extracting(NameRef::id).containsExactly("p-menon");
    assertThat(r.persons().get(0).as()).isEqualTo("Menon");
  }

  @Test
  void refusesASurnameTwoAuthoritiesShare() {
    ArchivalRecord r = extract("Heading\n\nMr. Wang said he would see Dulles later.\n");
    assertThat(r.persons()).isEmpty();
  }

  @Test
  void tellsSharedSurnamesApartByTheTitleBeforeThem() {
    ArchivalRecord r = extract("Heading\n\nSecretary Dulles spoke to the press.\n");
    assertThat(r.persons()).extracting(NameRef::id).containsExactly("p-jfd");
  }
}
