package org.chancery.oai;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.PublicationState;
import org.chancery.record.RecordId;
import org.chancery.store.Catalogue;
import org.chancery.store.ChangeQuery;

/**
 * The six verbs (section 4). Each checks everything first and throws {@link OaiError} for
 * an error condition; only then does it return the body to write, so a response is either
 * a whole answer or an error, never half of one.
 */
final class Verbs {

  /** What a verb writes inside the OAI-PMH element, after responseDate and request. */
  interface Body {
    void write(OaiXml x);
  }

  /**
   * What a verb needs to know about the request.
   *
   * @param publicUrl the archive's public URL (permalinks and baseURL are built on it)
   * @param ids the identifiers of this archive
   */
  record Where(String publicUrl, OaiIdentifiers ids) {}

  private final Catalogue catalogue;
  private final OaiSets sets;
  private final ResumptionTokens tokens;
  private final int pageSize;
  private final String repositoryName;
  private final String adminEmail;
  private final Clock clock;

  Verbs(Catalogue catalogue, ResumptionTokens tokens, int pageSize, String repositoryName,
      String adminEmail, Clock clock) {
    this.catalogue = catalogue;
    this.sets = new OaiSets(catalogue);
    this.tokens = tokens;
    this.pageSize = pageSize;
    this.repositoryName = repositoryName;
    this.adminEmail = adminEmail;
    this.clock = clock;
  }

  Body answer(OaiArguments a, Where where) {
    return switch (a.verb()) {
      case IDENTIFY -> identify(where);
      case LIST_METADATA_FORMATS -> listMetadataFormats(a, where);
      case LIST_SETS -> listSets(a);
      case GET_RECORD -> getRecord(a, where);
      case LIST_IDENTIFIERS -> list(a, where, false);
      case LIST_RECORDS -> list(a, where, true);
    };
  }

  private Body identify(Where where) {
    // the earliest save time of any record a harvester can see; now for an empty archive
    Instant earliest = catalogue.changes(ChangeQuery.of(OaiSets.VISIBLE, 1)).stream()
        .findFirst().map(ArchivalRecord::updated).orElse(clock.instant());
    return x -> {
      x.start("Identify");
      x.element("repositoryName", repositoryName);
      x.element("baseURL", where.publicUrl() + OaiPmh.PATH);
      x.element("protocolVersion", "2.0");
      x.element("adminEmail", adminEmail == null ? fallbackEmail(where) : adminEmail);
      x.element("earliestDatestamp", OaiDates.stamp(earliest));
      x.element("deletedRecord", "persistent");
      x.element("granularity", OaiDates.GRANULARITY);
      x.end();
    };
  }

  /**
   * Identify must name an address: without {@code site.admin-email}, the webmaster of the
   * host (RFC 2142), under the reserved {@code .invalid} domain when the host has no dot.
   */
  static String fallbackEmail(Where where) {
    String host = where.ids().namespace();
    return "webmaster@" + (host.contains(".") ? host : host + ".invalid");
  }

  private Body listMetadataFormats(OaiArguments a, Where where) {
    if (a.get("identifier") != null) {
      visibleRecord(a.get("identifier"), where); // idDoesNotExist for anything else
    }
    return x -> {
      x.start("ListMetadataFormats");
      for (MetadataFormat f : MetadataFormat.values()) {
        x.start("metadataFormat");
        x.element("metadataPrefix", f.prefix());
        x.element("schema", f.schema());
        x.element("metadataNamespace", f.namespace());
        x.end();
      }
      x.end();
    };
  }

  private Body listSets(OaiArguments a) {
    if (a.get("resumptionToken") != null) {
      throw new OaiError(OaiError.Code.BAD_RESUMPTION_TOKEN, "ListSets is answered in one "
          + "response; there is nothing to resume.");
    }
    List<OaiSets.OaiSet> all = sets.list();
    if (all.isEmpty()) {
      throw new OaiError(OaiError.Code.NO_SET_HIERARCHY, "The archive has no records yet, "
          + "so no collections or document types to offer as sets.");
    }
    return x -> {
      x.start("ListSets");
      for (OaiSets.OaiSet s : all) {
        x.start("set");
        x.element("setSpec", s.spec());
        x.element("setName", s.name());
        x.end();
      }
      x.end();
    };
  }

  private Body getRecord(OaiArguments a, Where where) {
    ArchivalRecord r = visibleRecord(a.get("identifier"), where);
    MetadataFormat format = MetadataFormat.of(a.get("metadataPrefix"));
    Map<String, String> titles = sets.collectionTitles();
    return x -> {
      x.start("GetRecord");
      record(x, r, format, where, titles);
      x.end();
    };
  }

  private ArchivalRecord visibleRecord(String identifier, Where where) {
    RecordId id = where.ids().parse(identifier).orElseThrow(() -> unknown(identifier));
    return catalogue.find(id).filter(r -> OaiSets.VISIBLE.contains(r.state()))
        .orElseThrow(() -> unknown(identifier));
  }

  private static OaiError unknown(String identifier) {
    return new OaiError(OaiError.Code.ID_DOES_NOT_EXIST, "There is no record '" + identifier
        + "' in this archive.");
  }

  private Body list(OaiArguments a, Where where, boolean withMetadata) {
    String prefix;
    String set;
    Instant from;
    Instant before;
    ChangeQuery.Position after = null;
    long cursor = 0;
    String token = a.get("resumptionToken");
    if (token != null) {
      ResumptionToken t = tokens.read(token);
      prefix = t.prefix();
      set = t.set();
      from = t.from();
      before = t.before();
      after = t.after();
      cursor = t.cursor();
    } else {
      prefix = a.get("metadataPrefix");
      set = a.get("set");
      OaiDates.Window w = OaiDates.window(a.get("from"), a.get("until"));
      from = w.from();
      before = w.before();
    }
    MetadataFormat format = MetadataFormat.of(prefix);
    ChangeQuery query = new ChangeQuery(OaiSets.VISIBLE, from, before, null, pageSize + 1);
    if (set != null) {
      if (sets.list().isEmpty()) {
        throw new OaiError(OaiError.Code.NO_SET_HIERARCHY, "The archive has no sets yet.");
      }
      query = query.keys(sets.filter(set).orElseThrow(() -> new OaiError(
          OaiError.Code.NO_RECORDS_MATCH, "No record is in the set '" + set + "'.")));
    }
    List<ArchivalRecord> page = catalogue.changes(query.after(after));
    if (page.isEmpty()) {
      throw new OaiError(OaiError.Code.NO_RECORDS_MATCH, token == null
          ? "No record matches these arguments." : "No records are left in this list.");
    }
    boolean more = page.size() > pageSize;
    List<ArchivalRecord> shown = more ? page.subList(0, pageSize) : page;
    long sent = cursor + shown.size();
    long total = Math.max(catalogue.countChanges(query), sent);
    ArchivalRecord last = shown.get(shown.size() - 1);
    ResumptionToken next = more ? tokens.next(prefix, set, from, before,
        new ChangeQuery.Position(last.updated(), last.id().value()), sent) : null;
    boolean resumed = token != null;
    long shownCursor = cursor;
    Map<String, String> titles = withMetadata ? sets.collectionTitles() : Map.of();
    String element = withMetadata ? "ListRecords" : "ListIdentifiers";
    return x -> {
      x.start(element);
      for (ArchivalRecord r : shown) {
        if (withMetadata) {
          record(x, r, format, where, titles);
        } else {
          header(x, r, where);
        }
      }
      if (next != null || resumed) {
        x.start("resumptionToken");
        if (next != null) {
          x.attribute("expirationDate", OaiDates.stamp(next.expires()));
        }
        x.attribute("completeListSize", Long.toString(total));
        x.attribute("cursor", Long.toString(shownCursor));
        x.text(next == null ? "" : tokens.write(next)); // empty: the list is complete
        x.end();
      }
      x.end();
    };
  }

  private void record(OaiXml x, ArchivalRecord r, MetadataFormat format, Where where,
      Map<String, String> titles) {
    x.start("record");
    header(x, r, where);
    if (r.state() != PublicationState.WITHDRAWN) {
      x.start("metadata");
      switch (format) {
        case OAI_DC -> DublinCore.write(x, r, permalink(where, r), repositoryName, titles);
        default -> throw new IllegalStateException("no writer for " + format);
      }
      x.end();
    }
    x.end();
  }

  private static void header(OaiXml x, ArchivalRecord r, Where where) {
    x.start("header");
    if (r.state() == PublicationState.WITHDRAWN) {
      x.attribute("status", "deleted");
    }
    x.element("identifier", where.ids().of(r.id()));
    x.element("datestamp", OaiDates.stamp(r.updated()));
    OaiSets.specs(r).forEach(s -> x.element("setSpec", s));
    x.end();
  }

  static String permalink(Where where, ArchivalRecord r) {
    return where.publicUrl() + "/records/" + r.id().value();
  }
}
