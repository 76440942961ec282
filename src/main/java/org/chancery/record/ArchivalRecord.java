package org.chancery.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One catalogued document: the catalogue frame around it (title, date, parties, subjects,
 * source, rights) and the document itself (its texts and its cable structure).
 *
 * <p>Immutable; build one with {@link #builder(RecordId)} or change one with
 * {@link #toBuilder()}. Lists are never null.
 *
 * @param id stable identifier, the permalink's last segment
 * @param title catalogue title in house style ({@code Cable No. 25025, Mao Zedong to
 *     Filippov [Stalin]})
 * @param date the document's date as EDTF, or null when unknown
 * @param datetime date and time as ISO-8601 with offset when the time is known, else null
 * @param type document type ({@code Cable}, {@code Telegram}, {@code Memorandum of
 *     Conversation}, {@code Editorial Note}), or null
 * @param languages BCP 47 tags of the languages of the texts
 * @param summary the archive's summary, or null
 * @param authors who wrote or sent it
 * @param recipients to whom it is addressed
 * @param via intermediaries it was routed through
 * @param copiesTo who got copies
 * @param originPlace where it was written or sent from, or null
 * @param persons persons mentioned
 * @param places places mentioned
 * @param subjects subjects discussed
 * @param collections ids of the collections it belongs to
 * @param sources archival source citations
 * @param originalArchive the archive holding the original, or null
 * @param rights rights statement, or null
 * @param creditLine donor or funder credit, or null
 * @param notes editorial notes
 * @param texts the texts: translation, original transcript, ...
 * @param cable the cable structure ({@link Cable#NONE} when not a cable)
 * @param provenance where extracted values came from
 * @param state editorial state; only published records are public
 * @param origin where the record was ingested from, or null
 * @param updated when the catalogue last saved it, or null before it is saved
 */
public record ArchivalRecord(
    RecordId id,
    String title,
    EdtfDate date,
    String datetime,
    String type,
    List<String> languages,
    String summary,
    List<NameRef> authors,
    List<NameRef> recipients,
    List<NameRef> via,
    List<NameRef> copiesTo,
    NameRef originPlace,
    List<NameRef> persons,
    List<NameRef> places,
    List<String> subjects,
    List<String> collections,
    List<String> sources,
    String originalArchive,
    Rights rights,
    String creditLine,
    List<Note> notes,
    List<Text> texts,
    Cable cable,
    List<Provenance> provenance,
    PublicationState state,
    Origin origin,
    Instant updated) {

  public ArchivalRecord {
    if (id == null) {
      throw new IllegalArgumentException("a record needs an id");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("record " + id + " needs a title");
    }
    languages = copy(languages);
    authors = copy(authors);
    recipients = copy(recipients);
    via = copy(via);
    copiesTo = copy(copiesTo);
    persons = copy(persons);
    places = copy(places);
    subjects = copy(subjects);
    collections = copy(collections);
    sources = copy(sources);
    notes = copy(notes);
    texts = copy(texts);
    provenance = copy(provenance);
    cable = cable == null ? Cable.NONE : cable;
    state = state == null ? PublicationState.DRAFT : state;
  }

  private static <T> List<T> copy(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  public static Builder builder(RecordId id) {
    return new Builder(id);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The first text of the given kind. */
  public Optional<Text> text(Text.Kind kind) {
    return texts.stream().filter(t -> t.kind() == kind).findFirst();
  }

  /** The same record in another editorial state. */
  public ArchivalRecord withState(PublicationState newState) {
    return toBuilder().state(newState).build();
  }

  /** Mutable builder; {@link #build()} checks and freezes. */
  public static final class Builder {
    private RecordId id;
    private String title;
    private EdtfDate date;
    private String datetime;
    private String type;
    private List<String> languages = new ArrayList<>();
    private String summary;
    private List<NameRef> authors = new ArrayList<>();
    private List<NameRef> recipients = new ArrayList<>();
    private List<NameRef> via = new ArrayList<>();
    private List<NameRef> copiesTo = new ArrayList<>();
    private NameRef originPlace;
    private List<NameRef> persons = new ArrayList<>();
    private List<NameRef> places = new ArrayList<>();
    private List<String> subjects = new ArrayList<>();
    private List<String> collections = new ArrayList<>();
    private List<String> sources = new ArrayList<>();
    private String originalArchive;
    private Rights rights;
    private String creditLine;
    private List<Note> notes = new ArrayList<>();
    private List<Text> texts = new ArrayList<>();
    private Cable cable = Cable.NONE;
    private List<Provenance> provenance = new ArrayList<>();
    private PublicationState state = PublicationState.DRAFT;
    private Origin origin;
    private Instant updated;

    private Builder(RecordId id) {
      this.id = id;
    }

    private Builder(ArchivalRecord r) {
      id = r.id;
      title = r.title;
      date = r.date;
      datetime = r.datetime;
      type = r.type;
      languages = new ArrayList<>(r.languages);
      summary = r.summary;
      authors = new ArrayList<>(r.authors);
      recipients = new ArrayList<>(r.recipients);
      via = new ArrayList<>(r.via);
      copiesTo = new ArrayList<>(r.copiesTo);
      originPlace = r.originPlace;
      persons = new ArrayList<>(r.persons);
      places = new ArrayList<>(r.places);
      subjects = new ArrayList<>(r.subjects);
      collections = new ArrayList<>(r.collections);
      sources = new ArrayList<>(r.sources);
      originalArchive = r.originalArchive;
      rights = r.rights;
      creditLine = r.creditLine;
      notes = new ArrayList<>(r.notes);
      texts = new ArrayList<>(r.texts);
      cable = r.cable;
      provenance = new ArrayList<>(r.provenance);
      state = r.state;
      origin = r.origin;
      updated = r.updated;
    }

    public Builder id(RecordId v) { id = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder date(EdtfDate v) { date = v; return this; }
    public Builder datetime(String v) { datetime = v; return this; }
    public Builder type(String v) { type = v; return this; }
    public Builder languages(List<String> v) { languages = new ArrayList<>(v); return this; }
    public Builder language(String v) { if (!languages.contains(v)) languages.add(v); return this; }
    public Builder summary(String v) { summary = v; return this; }
    public Builder authors(List<NameRef> v) { authors = new ArrayList<>(v); return this; }
    public Builder author(NameRef v) { authors.add(v); return this; }
    public Builder recipients(List<NameRef> v) { recipients = new ArrayList<>(v); return this; }
    public Builder recipient(NameRef v) { recipients.add(v); return this; }
    public Builder via(List<NameRef> v) { via = new ArrayList<>(v); return this; }
    public Builder copiesTo(List<NameRef> v) { copiesTo = new ArrayList<>(v); return this; }
    public Builder originPlace(NameRef v) { originPlace = v; return this; }
    public Builder persons(List<NameRef> v) { persons = new ArrayList<>(v); return this; }
    public Builder person(NameRef v) { persons.add(v); return this; }
    public Builder places(List<NameRef> v) { places = new ArrayList<>(v); return this; }
    public Builder place(NameRef v) { places.add(v); return this; }
    public Builder subjects(List<String> v) { subjects = new ArrayList<>(v); return this; }
    public Builder subject(String v) { subjects.add(v); return this; }
    public Builder collections(List<String> v) { collections = new ArrayList<>(v); return this; }
    public Builder collection(String v) { if (!collections.contains(v)) collections.add(v); return this; }
    public Builder sources(List<String> v) { sources = new ArrayList<>(v); return this; }
    public Builder source(String v) { sources.add(v); return this; }
    public Builder originalArchive(String v) { originalArchive = v; return this; }
    public Builder rights(Rights v) { rights = v; return this; }
    public Builder creditLine(String v) { creditLine = v; return this; }
    public Builder notes(List<Note> v) { notes = new ArrayList<>(v); return this; }
    public Builder note(Note v) { notes.add(v); return this; }
    public Builder texts(List<Text> v) { texts = new ArrayList<>(v); return this; }
    public Builder text(Text v) { texts.add(v); return this; }
    public Builder cable(Cable v) { cable = v; return this; }
    public Builder provenance(List<Provenance> v) { provenance = new ArrayList<>(v); return this; }
    public Builder provenance(Provenance v) { provenance.add(v); return this; }
    public Builder state(PublicationState v) { state = v; return this; }
    public Builder origin(Origin v) { origin = v; return this; }
    public Builder updated(Instant v) { updated = v; return this; }

    public ArchivalRecord build() {
      return new ArchivalRecord(id, title, date, datetime, type, languages, summary, authors,
          recipients, via, copiesTo, originPlace, persons, places, subjects, collections,
          sources, originalArchive, rights, creditLine, notes, texts, cable, provenance, state,
          origin, updated);
    }
  }
}
