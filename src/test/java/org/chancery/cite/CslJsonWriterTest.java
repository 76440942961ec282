package org.chancery.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CslJsonWriterTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode item(CitationData d) throws Exception {
    JsonNode list = mapper.readTree(new CslJsonWriter(mapper).write(d));
    assertThat(list.isArray()).isTrue();
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  private JsonNode issued(String edtf) throws Exception {
    return item(CiteFixtures.data(CiteFixtures.seed(), edtf)).get("issued");
  }

  @Test
  void theSeedIsAManuscriptWithPersonsSplitAndTheArchiveNamed() throws Exception {
    JsonNode item = item(CiteFixtures.data(CiteFixtures.seed()));
    assertThat(item.get("type").asText()).isEqualTo("manuscript");
    assertThat(item.get("id").asText()).isEqualTo("seed");
    assertThat(item.get("genre").asText()).isEqualTo("Cable");
    assertThat(item.get("author").toString()).isEqualTo("[{\"family\":\"Mao\",\"given\":\"Zedong\"}]");
    assertThat(item.get("recipient").toString())
        .isEqualTo("[{\"family\":\"Stalin\",\"given\":\"Joseph\"}]");
    assertThat(item.get("archive").asText()).isEqualTo("Chancery");
    assertThat(item.get("archive_location").asText()).isEqualTo("seed");
    assertThat(item.get("call-number").asText()).isEqualTo("seed");
    assertThat(item.get("URL").asText()).isEqualTo(CiteFixtures.PERMALINK);
    assertThat(item.get("language").asText()).isEqualTo("en");
    assertThat(item.get("license").asText()).endsWith("/InC-EDU/1.0/");
    assertThat(item.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2026,11,27]]}");
  }

  @Test
  void anOrganisationIsALiteral() throws Exception {
    JsonNode item = item(CiteFixtures.data(CiteFixtures.memorandum()));
    assertThat(item.get("author").toString()).isEqualTo("[{\"literal\":\"Department of State\"}]");
    assertThat(item.get("collection-title").asText()).startsWith("Foreign Relations");
  }

  @Test
  void issuedHasTheKnownPartsCircaForApproximateAndTwoPartsForARange() throws Exception {
    assertThat(issued("1951-10-18").toString()).isEqualTo("{\"date-parts\":[[1951,10,18]]}");
    assertThat(issued("1951-10?").toString()).isEqualTo("{\"date-parts\":[[1951,10]]}");
    assertThat(issued("1951~").toString())
        .isEqualTo("{\"date-parts\":[[1951]],\"circa\":true}");
    assertThat(issued("1951-10/1951-11").toString())
        .isEqualTo("{\"date-parts\":[[1951,10],[1951,11]]}");
    assertThat(issued("1951/..").toString())
        .isEqualTo("{\"date-parts\":[[1951]],\"literal\":\"1951–\"}");
    assertThat(issued("../1951-10").toString())
        .isEqualTo("{\"date-parts\":[[1951,10]],\"literal\":\"–1951, October\"}");
    assertThat(issued(null)).isNull();
  }

  @Test
  void anUncertainDateIsSaidInTheNote() throws Exception {
    assertThat(item(CiteFixtures.data(CiteFixtures.seed(), "1951-10?")).get("note").asText())
        .contains("Date uncertain: 1951-10?.");
  }
}
