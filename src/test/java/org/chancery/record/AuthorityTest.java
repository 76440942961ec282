package org.chancery.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AuthorityTest {

  private static final Authority ZHOU = new Authority("zhou-enlai", Authority.Kind.PERSON,
      "Zhou Enlai", List.of(new Variant("Chou En-lai", Variant.Kind.ROMANISATION,
          "Wade-Giles", null, null, "standard table")), null, "curated", "1898/1976",
      List.of("Premier"), null, Map.of("wikidata", "Q16977"), null);

  @Test
  void absorbingTakesTheOthersNamesAsVariantsAndFillsOnlyWhatIsMissing() {
    Authority frus = new Authority("frus-ce1", Authority.Kind.PERSON, "Chou En-lai",
        List.of(Variant.of("Chou, En-lai", Variant.Kind.NAME_ORDER)),
        "Premier and Foreign Minister", "FRUS 1955–57 III", "1898/1976",
        List.of("Foreign Minister"), null, Map.of("wikidata", "Q0", "viaf", "123"), null);

    Authority merged = ZHOU.absorbing(frus);

    assertThat(merged.id()).isEqualTo("zhou-enlai");
    assertThat(merged.name()).isEqualTo("Zhou Enlai");
    assertThat(merged.forms()).containsExactly("Chou En-lai", "Chou, En-lai");
    assertThat(merged.description()).isEqualTo("Premier and Foreign Minister");
    assertThat(merged.source()).isEqualTo("curated");
    assertThat(merged.roles()).containsExactly("Premier", "Foreign Minister");
    assertThat(merged.identifiers()).containsEntry("wikidata", "Q16977")
        .containsEntry("viaf", "123");
  }

  @Test
  void aFormIsNeverAddedTwiceWhateverItsCase() {
    assertThat(ZHOU.withVariant(Variant.of("chou en-lai"))).isSameAs(ZHOU);
    assertThat(ZHOU.withVariant(Variant.of("ZHOU ENLAI"))).isSameAs(ZHOU);
    assertThat(ZHOU.knownAs(" Chou En-lai ")).isTrue();
    assertThat(ZHOU.withVariant(Variant.of("Chou Enlai")).forms())
        .containsExactly("Chou En-lai", "Chou Enlai");
  }

  @ParameterizedTest
  @EnumSource(Variant.Kind.class)
  void everyVariantKindRoundTripsThroughJsonAndReadsAsWords(Variant.Kind kind) {
    Variant v = new Variant("Filippov", kind, "ru", "1949", "1953", "seed glossary");
    Authority a = ZHOU.withVariant(v);
    RecordJson json = new RecordJson();

    Authority back = json.read(json.write(a), Authority.class);

    assertThat(back).isEqualTo(a);
    assertThat(back.variant("filippov")).contains(v);
    assertThat(kind.label()).matches("[a-z ]+").doesNotContain("_");
  }

  @Test
  void olderFilesWithPlainStringVariantsStillRead() {
    Authority a = new RecordJson().read("{\"id\":\"x\",\"kind\":\"PLACE\",\"name\":\"Munsan\","
        + "\"variants\":[\"Bunsan\"],\"coordinates\":{\"lat\":37.86,\"lon\":126.79}}",
        Authority.class);
    assertThat(a.variants()).containsExactly(Variant.of("Bunsan"));
    assertThat(a.coordinates().lat()).isEqualTo(37.86);
  }
}
