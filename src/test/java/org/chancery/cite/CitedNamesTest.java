package org.chancery.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.chancery.record.Authority;
import org.chancery.record.NameRef;
import org.junit.jupiter.api.Test;

class CitedNamesTest {

  private final CitedNames names = new CitedNames(id -> Optional.ofNullable(Map.of(
      CiteFixtures.MAO.id(), CiteFixtures.MAO, CiteFixtures.STALIN.id(), CiteFixtures.STALIN,
      CiteFixtures.JOHNSON.id(), CiteFixtures.JOHNSON, CiteFixtures.STATE.id(),
      CiteFixtures.STATE).get(id)));

  @Test
  void aChineseNameIsSplitByItsAuthorityNotTheWesternWay() {
    CitedName mao = names.resolve(new NameRef("Mao Zedong", "Mao Tse-tung", "mao-zedong"));
    assertThat(mao.family()).isEqualTo("Mao");
    assertThat(mao.given()).isEqualTo("Zedong");
    assertThat(mao.name()).isEqualTo("Mao Zedong");
    assertThat(mao.inverted()).isEqualTo("Mao, Zedong");
    assertThat(mao.initialled()).isEqualTo("Mao, Z.");
    assertThat(mao.coverName()).as("a romanisation is not a cover name").isNull();
  }

  @Test
  void anInvertedPreferredNameGivesTheSplitAndItsNameOrderVariantTheReadingForm() {
    CitedName johnson = names.resolve(new NameRef("Johnson, U. Alexis",
        "Ambassador U. Alexis Johnson", "frus1955-57v03-p-jua1"));
    assertThat(johnson.family()).isEqualTo("Johnson");
    assertThat(johnson.given()).isEqualTo("U. Alexis");
    assertThat(johnson.name()).isEqualTo("U. Alexis Johnson");
    assertThat(johnson.initialled()).isEqualTo("Johnson, U. A.");
  }

  @Test
  void aCoverNameIsNotedAndTheRealPersonCited() {
    CitedName stalin = names.resolve(new NameRef("Joseph Stalin", "Filippov [Stalin]", "stalin"));
    assertThat(stalin.family()).isEqualTo("Stalin");
    assertThat(stalin.coverName()).isEqualTo("Filippov");
    assertThat(stalin.withCover(stalin.name())).isEqualTo("Filippov [Joseph Stalin]");
    assertThat(names.resolve(new NameRef("Joseph Stalin", "Cde. FILIPPOV", "stalin"))
        .coverName()).isEqualTo("Filippov");
    assertThat(names.resolve(new NameRef("Joseph Stalin", "Fillipov", "stalin")).coverName())
        .as("a misspelling is not a cover name").isNull();
    assertThat(names.resolve(new NameRef("Joseph Stalin", "Stalin", "stalin")).coverName())
        .isNull();
  }

  @Test
  void organisationsAreNeverSplitWhetherLinkedOrNot() {
    assertThat(names.resolve(new NameRef("Department of State", null, "department-of-state")))
        .isEqualTo(CitedName.organisation("Department of State"));
    for (String org : new String[] {"Department of State", "Joint Chiefs of Staff",
        "Central Intelligence Agency", "Secretary of State",
        "Charles Burton Marshall of the Policy Planning Staff"}) {
      CitedName n = names.resolve(NameRef.of(org));
      assertThat(n.organisation()).as(org).isTrue();
      assertThat(n.inverted()).isEqualTo(org);
      assertThat(n.initialled()).isEqualTo(org);
    }
  }

  @Test
  void anUnlinkedPersonIsSplitAtTheLastWordKeepingParticles() {
    CitedName strong = names.resolve(NameRef.of("Robert C. Strong"));
    assertThat(strong.family()).isEqualTo("Strong");
    assertThat(strong.given()).isEqualTo("Robert C.");
    CitedName henderson = names.resolve(NameRef.of("Henderson"));
    assertThat(henderson.family()).isEqualTo("Henderson");
    assertThat(henderson.given()).isNull();
    assertThat(henderson.inverted()).isEqualTo("Henderson");
    CitedName vanDer = CitedNames.unlinked("Jan van der Berg");
    assertThat(vanDer.family()).isEqualTo("van der Berg");
    assertThat(CitedNames.unlinked("Sakharov, Andrei D.").given()).isEqualTo("Andrei D.");
  }

  @Test
  void aLinkedPlaceOrSubjectIsCitedWhole() {
    Authority kgb = new Authority("kgb", Authority.Kind.ORGANISATION, "KGB",
        java.util.List.of(), null, null);
    CitedNames withKgb = new CitedNames(id -> Optional.of(kgb));
    assertThat(withKgb.resolve(new NameRef("KGB", null, "kgb")).organisation()).isTrue();
  }
}
