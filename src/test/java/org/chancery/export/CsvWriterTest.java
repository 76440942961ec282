package org.chancery.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chancery.record.ArchivalRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static List<CSVRecord> exportAndReadBack(List<ArchivalRecord> records) throws Exception {
    StringWriter out = new StringWriter();
    RecordWriter w = ExportFormat.CSV.open(out, Records.context(), true);
    for (ArchivalRecord r : records) {
      w.write(r);
    }
    w.finish();
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(out.toString())).getRecords();
  }

  @Test
  void headerNamesTheDocumentedColumnsInOrder() throws Exception {
    StringWriter out = new StringWriter();
    ExportFormat.CSV.open(out, Records.context(), true).finish();
    assertThat(out.toString()).isEqualTo("id,title,date,date_earliest,date_latest,type,language,"
        + "authors,recipients,origin_place,places,persons,subjects,collection,archive,source,"
        + "rights,rights_uri,permalink,summary,state,updated\r\n");
  }

  @Test
  void aCableBecomesOneRowWithDatesNamesAndPermalink() throws Exception {
    CSVRecord row = exportAndReadBack(List.of(Records.cable())).get(0);
    assertThat(row.get("id")).isEqualTo("cable-25025");
    assertThat(row.get("title")).isEqualTo("Cable No. 25025, Mao Zedong to Filippov [Stalin]");
    assertThat(row.get("date")).isEqualTo("1951-10-18");
    assertThat(row.get("date_earliest")).isEqualTo("1951-10-18");
    assertThat(row.get("date_latest")).isEqualTo("1951-10-18");
    assertThat(row.get("language")).isEqualTo("en | ru");
    assertThat(row.get("authors")).isEqualTo("Mao Zedong");
    assertThat(row.get("recipients")).isEqualTo("Joseph Stalin");
    assertThat(row.get("places")).isEqualTo("Kaesong | Panmunjom");
    assertThat(row.get("subjects")).isEqualTo("Korean War | Armistice");
    assertThat(row.get("collection")).isEqualTo("Korean War, \"selected\"");
    assertThat(row.get("rights_uri")).isEqualTo("http://rightsstatements.org/vocab/InC-EDU/1.0/");
    assertThat(row.get("permalink")).isEqualTo("https://archive.example.org/records/cable-25025");
    assertThat(row.get("state")).isEqualTo("published");
    assertThat(row.get("updated")).isEqualTo("2026-11-27T03:00:00Z");
  }

  @Test
  void monthDatesSpanTheirWholeMonth() throws Exception {
    CSVRecord row = exportAndReadBack(List.of(Records.hostile())).get(0);
    assertThat(row.get("date")).isEqualTo("1952-03~");
    assertThat(row.get("date_earliest")).isEqualTo("1952-03-01");
    assertThat(row.get("date_latest")).isEqualTo("1952-03-31");
  }

  @Test
  void commasQuotesAndLineBreaksReadBackExactly() throws Exception {
    List<CSVRecord> rows = exportAndReadBack(Records.both());
    assertThat(rows).hasSize(2);
    CSVRecord row = rows.get(1);
    assertThat(row.size()).isEqualTo(CsvWriter.COLUMNS.size());
    assertThat(row.get("type")).isEqualTo("Letter, \"private\"");
    assertThat(row.get("subjects")).isEqualTo("'-1+1 | Arms, \"light\"");
    assertThat(row.get("summary")).isEqualTo(
        "Line one,\nline \"two\" with a bell and a form feed");
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasStartWithAnApostrophe() throws Exception {
    CSVRecord row = exportAndReadBack(List.of(Records.hostile())).get(0);
    assertThat(row.get("title")).startsWith("'=HYPERLINK(").contains("<script>");
    assertThat(row.get("authors")).isEqualTo("'@Smith, John");
    assertThat(row.get("recipients")).isEqualTo("'+Brown & Sons <Ltd>");
    assertThat(row.get("subjects")).startsWith("'-1+1");
    assertThat(CsvWriter.defused("Plain")).isEqualTo("Plain");
    assertThat(CsvWriter.defused("\tTabbed")).isEqualTo("'\tTabbed");
  }
}
