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
  void reasonsNameKindSystemAndPeriod() {
    assertThat(AuthorityExpansion.reason(new Variant("Kuznetsov", Variant.Kind.COVER_NAME, null,
        "1947", "1948", null), "Joseph Stalin")).isEqualTo("cover name of Joseph Stalin, 1947–1948");
    assertThat(AuthorityExpansion.reason(new Variant("Bunsan", Variant.Kind.OTHER_LANGUAGE,
        "Japanese reading", null, null, null), "Munsan")).isEqualTo("Japanese reading of Munsan");
    assertThat(AuthorityExpansion.reason(Variant.of("Le Kenong", Variant.Kind.MISSPELLING),
        "Li Kenong")).isEqualTo("misspelling of Li Kenong");
  }
}
