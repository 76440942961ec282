package org.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;
import org.chancery.record.RecordId;
import org.junit.jupiter.api.Test;

class MemoConversationTest {

  private static final NameIndex NAMES = new NameIndex(List.of(
      Authority.of("p-clubb", Authority.Kind.PERSON, "Clubb, O. Edmund", List.of(), null, null),
      Authority.of("p-harriman", Authority.Kind.PERSON, "Harriman, W. Averell", List.of(),
          null, null),
      Authority.of("p-marshall", Authority.Kind.PERSON, "Marshall, Charles Burton", List.of(),
          null, null)));

  private static ArchivalRecord extract(String text) {
    ArchivalRecord frame = ArchivalRecord.builder(new RecordId("m")).title("(untitled)").build();
    return new Extractor(NAMES).extract(frame, text, 0);
  }

  @Test
  void readsParticipantsOfMemorandumOfConversation() {
    ArchivalRecord r = extract("Memorandum of Conversation, by the Director of the Office of"
        + " Chinese Affairs (Clubb)\n\n[Washington,] February 1, 1951.\n\ntop secret\n\n"
        + "Subject: General Situation in the Far East.\n\nParticipants: Mr. Harriman;\n"
        + "Mr. C. B. Marshall, Policy Planning Staff.\n\nThe talk began.\n");
    assertThat(r.type()).isEqualTo("Memorandum of Conversation");
    assertThat(r.authors()).extracting(NameRef::id).containsExactly("p-clubb");
    assertThat(r.persons()).extracting(NameRef::id).contains("p-harriman", "p-marshall");
    assertThat(r.originPlace().name()).isEqualTo("Washington");
    assertThat(r.date().text()).isEqualTo("1951-02-01");
  }

  @Test
  void readsSalutationAndClosingOfLetter() {
    ArchivalRecord r = extract("Letter\n\nWashington, August 3, 1955.\n\nDear Mr. Harriman:"
        + " I refer to your letter.\n\nSincerely yours,\n\nO. Edmund Clubb\n");
    assertThat(r.recipients()).extracting(NameRef::id).containsExactly("p-harriman");
    assertThat(r.authors()).extracting(NameRef::id).containsExactly("p-clubb");
  }
}
