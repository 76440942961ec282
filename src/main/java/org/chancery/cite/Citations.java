package org.chancery.cite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.Collection;
import org.chancery.record.NameRef;
import org.chancery.record.Text;

/**
 * The citations of one archive: builds a record's {@link CitationData} and writes it in
 * any {@link CitationFormat}. Callers pass published records only; this class does not
 * look at the editorial state.
 */
public final class Citations {

  private final String archiveName;
  private final CitedNames names;
  private final Function<String, Optional<Collection>> collections;
  private final Clock clock;
  private final CslJsonWriter csl;
  private final JsonLdWriter jsonLd;

  /**
   * @param archiveName the archive's name as cited (the site's name)
   * @param authorities finds an authority by id
   * @param collections finds a collection by id
   * @param clock gives the access date MLA asks for
   */
  public Citations(String archiveName, Function<String, Optional<Authority>> authorities,
      Function<String, Optional<Collection>> collections, Clock clock) {
    this.archiveName = archiveName;
    this.names = new CitedNames(authorities);
    this.collections = collections;
    this.clock = clock;
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    this.csl = new CslJsonWriter(mapper);
    this.jsonLd = new JsonLdWriter(mapper);
  }

  /**
   * The citation data of a record.
   *
   * @param permalink the record's absolute URL
   */
  public CitationData data(ArchivalRecord r, String permalink) {
    Optional<Text> translation = r.text(Text.Kind.TRANSLATION);
    String language = translation.map(Text::language).filter(l -> !l.equals("und"))
        .orElse(r.languages().isEmpty() ? null : r.languages().get(0));
    String originalLanguage = translation.isEmpty() ? null
        : r.texts().stream().filter(t -> t.kind() != Text.Kind.TRANSLATION)
            .map(Text::language).filter(l -> !l.equals("und") && !l.equals(language))
            .findFirst().orElse(null);
    List<CitedName> translators = translation.map(Text::translator)
        .filter(t -> !t.isBlank()).map(t -> List.of(CitedNames.unlinked(t))).orElse(List.of());
    String collection = r.collections().stream().map(collections)
        .flatMap(Optional::stream).map(Collection::title).findFirst().orElse(null);
    // "Editorial Note. Editorial Note, n.d.": a type that only repeats the title is left out.
    String genre = r.type() != null && r.type().equalsIgnoreCase(r.title().strip()) ? null
        : r.type();
    return new CitationData(r.id().value(), r.title(), genre, resolve(r.authors()),
        resolve(r.recipients()), translators, r.date(), language, originalLanguage,
        archiveName, collection, r.originalArchive(), permalink,
        r.rights() == null ? null : r.rights().uri(), r.summary(), LocalDate.now(clock));
  }

  private List<CitedName> resolve(List<NameRef> refs) {
    return refs.stream().map(names::resolve).toList();
  }

  /** The record in one format: the text of a download or of a style's citation. */
  public String render(CitationData d, CitationFormat format) {
    return switch (format) {
      case BIBTEX -> BibTexWriter.write(d);
      case RIS -> RisWriter.write(d);
      case CSL_JSON -> csl.write(d);
      case CHICAGO -> ChicagoStyle.bibliography(d);
      case MLA -> MlaStyle.worksCited(d);
      case APA -> ApaStyle.reference(d);
    };
  }

  /** The Chicago first note, shown beside the bibliography entry. */
  public String chicagoNote(CitationData d) {
    return ChicagoStyle.note(d);
  }

  /** The Highwire Press meta tags for the page head. */
  public List<HighwireTags.Tag> highwireTags(CitationData d) {
    return HighwireTags.of(d);
  }

  /** The schema.org JSON-LD, safe to place inside a script element as it is. */
  public String jsonLd(CitationData d) {
    return jsonLd.write(d);
  }
}
