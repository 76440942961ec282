package org.chancery.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.ingest.IngestBatch;
import org.chancery.ingest.Ingestor;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.DocNumber;
import org.chancery.record.EmbeddedDocument;
import org.chancery.record.HandlingEvent;
import org.chancery.record.NameRef;
import org.chancery.record.Provenance;
import org.chancery.record.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance list for the seed, item by item, through ingest and the contract. */
class SeedExtractionTest {

  static final String SEED = "000_949e860dde43995a.txt";
  static String file;
  static ArchivalRecord r;
  static JsonNode json;

  @BeforeAll
  static void ingestSeed() {
    file = resource(SEED);
    IngestBatch b = new Ingestor().read(SEED, file.getBytes(StandardCharsets.UTF_8));
    assertThat(b.isFatal()).isFalse();
    r = b.records().get(0);
    json = ContractJson.of(r);
  }

  static String resource(String name) {
    try (InputStream in = SeedExtractionTest.class.getResourceAsStream("/extract/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsTypeTitleDateAndOriginPlace() {
    assertThat(r.type()).isEqualTo("Cable");
    assertThat(r.title()).isEqualTo("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    assertThat(r.date().text()).isEqualTo("1951-10-18");
    assertThat(r.originPlace()).isEqualTo(new NameRef("Beijing", "[BEIJING]", "beijing"));
    assertThat(json.get("type").asText()).isEqualTo("Cable");
    assertThat(json.get("date").asText()).isEqualTo("1951-10-18");
    assertThat(json.get("origin_place").get("name").asText()).isEqualTo("Beijing");
  }

  @Test
  void readsSenderAddresseeUnderCoverNameAndCopies() {
    assertThat(r.authors()).extracting(NameRef::name).containsExactly("Mao Zedong");
    assertThat(r.recipients()).containsExactly(new NameRef("Joseph Stalin", "Filippov", "stalin"));
    assertThat(r.copiesTo()).extracting(NameRef::name).containsExactly("Joseph Stalin",
        "Vyacheslav Molotov", "Lavrentiy Beria", "Lazar Kaganovich", "Nikolai Bulganin");
    assertThat(r.cable().distribution().get(0).copies()).isEqualTo(2);
    assertThat(json.get("to").get(0).get("as").asText()).isEqualTo("Filippov");
    assertThat(json.get("copies_to")).hasSize(5);
  }

  @Test
  void readsEveryNumberIssuingOfficeAndStamp() {
    assertThat(r.cable().numbers()).contains(new DocNumber("cable", "25025"),
        new DocNumber("incoming", "254/3612/shs"), new DocNumber("outgoing", "5205"),
        new DocNumber("print", "3007"));
    assertThat(r.cable().copyNumber()).isEqualTo("2");
    assertThat(r.cable().series()).isEqualTo("G");
    assertThat(r.cable().issuingOffice().name())
        .isEqualTo("Second Main Directorate of the General Staff of the Soviet Army");
    assertThat(r.cable().stamps()).containsExactly("SUBJECT TO RETURN to the IV Unit OS VKP(b) CC");
    List<String> numbers = json.get("numbers").findValuesAsText("kind");
    assertThat(numbers).contains("cable", "incoming", "copy", "series", "outgoing", "print");
    assertThat(json.get("issuing_office").get("id").asText()).isEqualTo("second-main-directorate");
  }

  @Test
  void readsTheHandlingChainWithMoscowTimes() {
    List<HandlingEvent> h = r.cable().handling();
    assertThat(h).extracting(HandlingEvent::event)
        .containsSubsequence("sent", "received", "deciphered", "printed", "verified");
    assertThat(event("sent").at()).isEqualTo("1951-10-19");
    assertThat(event("sent").detail()).isEqualTo("Nº 5205");
    assertThat(event("received").at()).isEqualTo("1951-10-19T11:35+03:00");
    assertThat(event("deciphered").at()).isEqualTo("1951-10-19T12:05+03:00");
    assertThat(event("deciphered").by().name()).isEqualTo("Fedyaev");
    assertThat(event("printed").at()).isEqualTo("1951-10-19T12:50+03:00");
    assertThat(event("printed").by().name()).isEqualTo("Kornyushina");
    assertThat(event("printed").detail()).contains("Nº 3007", "8 copies");
    assertThat(event("verified").by().name()).isEqualTo("Makarov");
    assertThat(event("verified").detail()).contains("Section Chief", "Colonel");
    assertThat(event("registered").detail()).contains("254/3612/shs");
  }

  @Test
  void embedsMaosTelegramToLiKenongWithItsOwnParties() {
    assertThat(r.cable().embedded()).hasSize(1);
    EmbeddedDocument e = r.cable().embedded().get(0);
    assertThat(e.from()).extracting(NameRef::name).containsExactly("Mao Zedong");
    assertThat(e.to()).containsExactly(new NameRef("Li Kenong", "Le Kenong", "li-kenong"));
    assertThat(e.copiesTo()).extracting(NameRef::name).containsExactly("Kim Il Sung",
        "Peng Dehuai");
    assertThat(e.datetime()).isEqualTo("1951-10-18T05:30+08:00");
    assertThat(e.date()).isEqualTo("1951-10-18");
    assertThat(e.references()).containsExactly(
        new Reference("telegram", "1951-10-18T01:15+08:00", null, null));
    assertThat(file.substring(e.start(), e.end())).startsWith("Cde. Le Kenong")
        .endsWith("MAO ZEDONG 0530 18 October");
    assertThat(r.cable().references()).isEmpty();
    JsonNode j = json.get("embedded").get(0);
    assertThat(j.get("to").get(0).get("as").asText()).isEqualTo("Le Kenong");
    assertThat(j.get("references").get(0).get("date").asText()).isEqualTo("1951-10-18T01:15+08:00");
  }

  @Test
  void keepsSummaryRightsAndCreditLineFromTheCatalogue() {
    assertThat(r.summary()).startsWith("Mao writes to Stalin");
    assertThat(r.rights().statement()).startsWith("The History and Public Policy Program");
    assertThat(r.creditLine()).contains("Leon Levy Foundation");
    assertThat(json.get("summary").asText()).startsWith("Mao writes");
    assertThat(json.get("credit_line").asText()).contains("Leon Levy Foundation");
    assertThat(json.get("rights").asText()).startsWith("The History");
  }

  @Test
  void recognisesSquareBracketsAsEditorial() {
    assertThat(provenance("origin_place").rule()).endsWith("+editorial");
    assertThat(r.places()).extracting(NameRef::name).contains("Panmunjom", "Munsan", "Kaesong");
    assertThat(r.places()).filteredOn(p -> p.name().equals("Panmunjom"))
        .extracting(NameRef::as).containsExactly("Hamonten");
  }

  @Test
  void everyContractKeyIsPresent() {
    for (String k : List.of("file", "type", "title", "date", "datetime", "origin_place", "from",
        "to", "via", "copies_to", "classification", "precedence", "numbers", "issuing_office",
        "stamps", "persons", "places", "handling", "embedded", "references", "source",
        "summary")) {
      assertThat(json.has(k)).as(k).isTrue();
      assertThat(json.get("embedded").get(0).has(k)).as("embedded " + k).isTrue();
    }
  }

  @Test
  void provenanceSpansCoverTheWrittenValues() {
    assertCovers("origin_place", "[BEIJING]");
    assertCovers("issuing_office", "SECOND MAIN DIRECTORATE");
    assertCovers("series", "G");
    assertCovers("copy_number", "2");
    for (int i = 0; i < r.copiesTo().size(); i++) {
      assertCovers("copies_to[" + i + "]", r.copiesTo().get(i).as());
    }
    for (int i = 0; i < r.persons().size(); i++) {
      assertCovers("persons[" + i + "]", r.persons().get(i).as());
    }
    for (int i = 0; i < r.places().size(); i++) {
      assertCovers("places[" + i + "]", r.places().get(i).as());
    }
    for (Provenance p : r.provenance()) {
      if (p.field().startsWith("numbers[")) {
        int i = Integer.parseInt(p.field().replaceAll("\\D", ""));
        DocNumber n = numberAt(i);
        assertThat(file.substring(p.start(), p.end())).contains(n.value());
      }
    }
    assertCovers("embedded[0].to[0]", "Le Kenong");
    assertCovers("embedded[0].copies_to[1]", "Peng Dehuai");
    assertCovers("embedded[0].datetime", "0530 18 October");
    assertThat(provenance("embedded[0].to[0]").confidence()).isLessThan(1.0);
  }

  @Test
  void saysWhenTheYearCameFromTheContext() {
    Provenance deciphered = r.provenance().stream()
        .filter(p -> p.field().startsWith("handling[") && p.rule().startsWith("soviet.handling"))
        .findFirst().orElseThrow();
    assertThat(deciphered.rule()).endsWith("+context-year");
    assertThat(provenance("embedded[0].references[0]").rule()).endsWith("+context-year");
  }

  private DocNumber numberAt(int i) {
    return r.cable().numbers().get(i);
  }

  private HandlingEvent event(String name) {
    return r.cable().handling().stream().filter(h -> h.event().equals(name)).findFirst()
        .orElseThrow();
  }

  private Provenance provenance(String field) {
    return r.provenance().stream().filter(p -> p.field().equals(field)).findFirst()
        .orElseThrow(() -> new AssertionError("no provenance for " + field));
  }

  private void assertCovers(String field, String written) {
    Provenance p = provenance(field);
    assertThat(p.start()).as(field).isGreaterThanOrEqualTo(0);
    assertThat(file.substring(p.start(), p.end())).as(field).contains(written);
  }
}
