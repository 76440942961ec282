package org.chancery.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.PublicationState;
import org.chancery.store.Catalogue;
import org.chancery.store.ChangeQuery;

/**
 * Sitemaps (sitemaps.org protocol 0.9) for search engines: an index naming one page of
 * reading-room pages (home, the authority list and every authority page) and as many
 * pages of record permalinks as it takes at {@link #MAX_URLS} each. Record pages list
 * published records only, in the order they were last saved, each with its save time as
 * {@code lastmod}; a record saved again moves to the last page, which crawlers handle
 * like any change.
 */
public final class Sitemaps {

  /** The protocol's limit of URLs in one sitemap file. */
  public static final int MAX_URLS = 50_000;
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final int READ_PAGE = 5_000;

  private final Catalogue catalogue;
  private final int pageSize;

  public Sitemaps(Catalogue catalogue) {
    this(catalogue, MAX_URLS);
  }

  /** With a smaller page, so tests see several pages without 50,000 records. */
  Sitemaps(Catalogue catalogue, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_URLS) {
      throw new IllegalArgumentException("a sitemap holds 1.." + MAX_URLS + " URLs");
    }
    this.catalogue = catalogue;
    this.pageSize = pageSize;
  }

  /** How many record pages there are (at least one, empty when nothing is published). */
  public int recordPages() {
    long n = catalogue.countPublished();
    return (int) Math.max(1, (n + pageSize - 1) / pageSize);
  }

  /** The sitemap index: the pages sitemap and every record page. */
  public void index(Writer out, String baseUrl) throws IOException {
    write(out, xml -> {
      xml.writeStartElement("", "sitemapindex", NS);
      xml.writeDefaultNamespace(NS);
      entry(xml, "sitemap", baseUrl + "/sitemaps/pages.xml", null);
      int pages = recordPages();
      for (int n = 1; n <= pages; n++) {
        // Pages are in save order, so only the last one changes as records are saved.
        Instant lastmod = n == pages ? latestSave() : null;
        entry(xml, "sitemap", baseUrl + "/sitemaps/records-" + n + ".xml", lastmod);
      }
      xml.writeEndElement();
    });
  }

  /** The reading room's own pages: home, the authority list and each authority. */
  public void pages(Writer out, String baseUrl) throws IOException {
    List<Authority> authorities = catalogue.authorities();
    write(out, xml -> {
      urlset(xml);
      entry(xml, "url", baseUrl + "/", null);
      entry(xml, "url", baseUrl + "/authorities", null);
      int n = 2;
      for (Authority a : authorities) {
        if (++n > MAX_URLS) {
          break;
        }
        entry(xml, "url", baseUrl + "/authorities/" + a.id(), null);
      }
      xml.writeEndElement();
    });
  }

  /**
   * Record page {@code n} (from 1): the permalinks of published records, each with its
   * save time. Returns false, writing nothing, when there is no such page.
   */
  public boolean records(int n, Writer out, String baseUrl) throws IOException {
    if (n < 1 || n > recordPages()) {
      return false;
    }
    write(out, xml -> {
      urlset(xml);
      long skip = (long) (n - 1) * pageSize;
      int written = 0;
      ChangeQuery q = ChangeQuery.of(EnumSet.of(PublicationState.PUBLISHED), READ_PAGE);
      while (written < pageSize) {
        List<ArchivalRecord> batch = catalogue.changes(q);
        for (ArchivalRecord r : batch) {
          if (skip > 0) {
            skip--;
          } else if (written < pageSize) {
            entry(xml, "url", baseUrl + "/records/" + r.id().value(), r.updated());
            written++;
          }
        }
        if (batch.size() < READ_PAGE) {
          break;
        }
        ArchivalRecord last = batch.get(batch.size() - 1);
        q = q.after(new ChangeQuery.Position(last.updated(), last.id().value()));
      }
      xml.writeEndElement();
    });
    return true;
  }

  private Instant latestSave() {
    List<ArchivalRecord> latest = catalogue.recentlyPublished(1);
    return latest.isEmpty() ? null : latest.get(0).updated();
  }

  private static void urlset(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("", "urlset", NS);
    xml.writeDefaultNamespace(NS);
  }

  private static void entry(XMLStreamWriter xml, String element, String loc, Instant lastmod)
      throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement(NS, element);
    xml.writeStartElement(NS, "loc");
    xml.writeCharacters(loc);
    xml.writeEndElement();
    if (lastmod != null) {
      xml.writeStartElement(NS, "lastmod");
      xml.writeCharacters(lastmod.truncatedTo(ChronoUnit.SECONDS).toString());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static void write(Writer out, Body body) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      body.write(xml);
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the sitemap", e);
    }
  }
}
