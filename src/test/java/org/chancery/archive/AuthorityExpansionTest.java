package org.chancery.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.extract.NameIndex;
import org.chancery.record.Variant;
import org.chancery.romanise.Romaniser;
import org.chancery.search.NameMatch;
import org.junit.jupiter.api.Test;

class AuthorityExpansionTest {

  private final AuthorityExpansion names =
      AuthorityExpansion.of(NameIndex.bundled().authorities(), new Romaniser());

  @Test
  void findsTheLongestKnownPhraseWithItsSpanAndEveryForm() {
    List<NameMatch> m = names.expand("letters of Peng Teh-huai to Mao");
    assertThat(m).singleElement().satisfies(n -> {
      assertThat(n.typed()).isEqualTo("Peng Teh-huai");
      assertThat(n.start()).isEqualTo(11);
      assertThat(n.end()).isEqualTo(24);
      assertThat(n.preferred()).isEqualTo("Peng Dehuai");
      assertThat(n.forms()).contains("Peng Dehuai", "P'eng Te-huai");
      assertThat(n.reason("P'eng Te-huai")).isEqualTo("Wade-Giles form of Peng Dehuai");
    });
    assertThat(names.expand("joseph stalin")).singleElement()
        .satisfies(n -> assertThat(n.typed()).isEqualTo("joseph stalin"));
  }

  @Test
  void fieldedAndCaseInsensitiveButNeverAcrossPunctuationOrByCloseSpelling() {
    assertThat(names.expand("person:FILIPPOV")).singleElement()
        .satisfies(n -> assertThat(n.reason("Feng Xi")).startsWith("cover name of Joseph Stalin"));
    // "Kim Il" is no form; "Sung" alone neither
    assertThat(names.expand("Kim Il: Sung")).isEmpty();
    assertThat(names.expand("Filipov")).isEmpty();
  }

  @Test
  void authoritiesWrittenAlikeInManyVolumesExpandAsOne() {
    // the same man in the persons lists of three volumes, and one other Chou
    List<org.chancery.record.Authority> lists = new java.util.ArrayList<>();
    for (String volume : List.of("frus1952-54v14", "frus1955-57v02", "frus1955-57v03")) {
      lists.add(org.chancery.record.Authority.of(volume + "-p-chou-1",
          org.chancery.record.Authority.Kind.PERSON, "Chou En-lai", List.of("Zhou Enlai"),
          "Premier and Foreign Minister of the People's Republic of China", volume));
    }
    lists.add(org.chancery.record.Authority.of("frus1949v09-p-chou-2",
        org.chancery.record.Authority.Kind.PERSON, "Chou Shu-kai", List.of(), null, "x"));
    AuthorityExpansion many = AuthorityExpansion.of(lists, new Romaniser());
    AuthorityExpansion one = AuthorityExpansion.of(lists.subList(0, 1), new Romaniser());
    assertThat(many.expand("Zhou Enlai")).isEqualTo(one.expand("Zhou Enlai"));
    assertThat(many.expand("Zhou Enlai")).singleElement().satisfies(n -> {
      assertThat(n.preferred()).isEqualTo("Chou En-lai");
      assertThat(n.forms()).contains("Chou En-lai", "Zhou Enlai");
    });
  }

  @Test
  void namesTheTypedAuthorityFirstAndTheOthersInNameOrder() {
    var kind = org.chancery.record.Authority.Kind.PERSON;
    // added out of name order, all known by one cover name
    List<org.chancery.record.Authority> given = List.of(
        org.chancery.record.Authority.of("c", kind, "Semyon Ignatiev", List.of("Petrov"), null,
            null),
        org.chancery.record.Authority.of("a", kind, "Andrei Vyshinsky", List.of("Petrov"), null,
            null),
        org.chancery.record.Authority.of("b", kind, "Petrov", List.of(), null, null));
    AuthorityExpansion petrovs = AuthorityExpansion.of(given, new Romaniser());
    assertThat(petrovs.expand("Petrov")).singleElement().satisfies(n ->
        assertThat(n.preferred()).isEqualTo("Petrov / Andrei Vyshinsky / Semyon Ignatiev"));
  }

  @Test
  void reasonsNameKindSystemAndPeriod() {
    assertThat(AuthorityExpansion.reason(new Variant("Kuznetsov", Variant.Kind.COVER_NAME, null,
        "1947", "1948", null), "Joseph Stalin")).isEqualTo("cover name of Joseph Stalin, 1947–1948");
    assertThat(AuthorityExpansion.reason(new Variant("Bunsan", Variant.Kind.OTHER_LANGUAGE,
        "Japanese reading", null, null, null), "Munsan")).isEqualTo("Japanese reading of Munsan");
    assertThat(AuthorityExpansion.reason(Variant.of("Le Kenong", Variant.Kind.MISSPELLING),
        "Li Kenong")).isEqualTo("misspelling of Li Kenong");
  }
}
