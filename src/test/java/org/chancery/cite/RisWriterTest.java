package org.chancery.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.record.NameRef;
import org.junit.jupiter.api.Test;

class RisWriterTest {

  @Test
  void theSeedIsAManuscriptRecordWithCrLfLines() {
    String ris = RisWriter.write(CiteFixtures.data(CiteFixtures.seed()));
    assertThat(ris).startsWith("TY  - MANSCPT\r\n")
        .contains("TI  - Cable No. 25025, Mao Zedong to Filippov [Stalin]\r\n")
        .contains("AU  - Mao, Zedong\r\n")
        .contains("PY  - 1951\r\n")
        .contains("DA  - 1951/10/18/\r\n")
        .contains("M3  - Cable\r\n")
        .contains("PB  - Chancery\r\n")
        .contains("CN  - seed\r\n")
        .contains("LA  - en\r\n")
        .contains("UR  - " + CiteFixtures.PERMALINK + "\r\n")
        .contains("Y2  - 2026/11/27/\r\n")
        .endsWith("ER  - \r\n");
    assertThat(ris.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void anOrganisationHasNoCommaSoReadersKeepItWhole() {
    String ris = RisWriter.write(CiteFixtures.data(CiteFixtures.memorandum()
        .author(NameRef.of("Henderson"))));
    assertThat(ris).contains("AU  - Department of State\r\n").contains("AU  - Henderson\r\n")
        .contains("T2  - Foreign Relations of the United States, 1951");
  }

  @Test
  void theDateGivesWhatIsKnownWithTheEdtfInItsFreePart() {
    assertThat(RisWriter.write(CiteFixtures.data(CiteFixtures.seed(), "1951-10?")))
        .contains("DA  - 1951/10//1951-10?\r\n");
    assertThat(RisWriter.write(CiteFixtures.data(CiteFixtures.seed(), "1951~")))
        .contains("DA  - 1951///1951~\r\n");
    assertThat(RisWriter.write(CiteFixtures.data(CiteFixtures.seed(), "1955-01-13/1957-12-31")))
        .contains("PY  - 1955\r\n").contains("DA  - 1955/01/13/1955-01-13/1957-12-31\r\n");
    assertThat(RisWriter.write(CiteFixtures.data(CiteFixtures.seed(), "../1951-10")))
        .contains("DA  - 1951/10//../1951-10\r\n");
    assertThat(RisWriter.write(CiteFixtures.data(CiteFixtures.seed(), null)))
        .doesNotContain("DA  -").doesNotContain("PY  -");
  }

  @Test
  void aLineBreakInATitleCannotStartAnotherTag() {
    String ris = RisWriter.write(CiteFixtures.data(CiteFixtures.seed()
        .title("First line\nER  - \nTY  - BOOK")));
    assertThat(ris).contains("TI  - First line ER - TY - BOOK\r\n");
    assertThat(ris.split("\r\n")).filteredOn(l -> l.startsWith("ER  -")).hasSize(1);
  }
}
