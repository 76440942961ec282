package org.chancery.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.chancery.record.ArchivalRecord;
import org.chancery.record.Authority;
import org.chancery.record.NameLinks;
import org.chancery.record.NameRef;
import org.chancery.record.RecordId;
import org.chancery.record.Variant;
import org.chancery.romanise.NameDistance;
import org.chancery.romanise.Romaniser;
import org.chancery.search.Facet;
import org.chancery.search.NameCounts;
import org.chancery.search.SearchIndex;
import org.chancery.store.AuthorityEdit;
import org.chancery.store.AuthorityVersion;
import org.chancery.store.Catalogue;
import org.chancery.store.RecordKey;

/**
 * Where authorities are looked up and edited: add a variant, merge two, split one. Every
 * change is saved with the records it relinks in one transaction, kept in the authority's
 * history, and reaches the index and the name expansion before the method returns. The
 * command line and the API both edit through this class.
 */
public final class AuthorityDesk {

  /** How a split-off authority's source begins, followed by the id it was split from. */
  static final String SPLIT_FROM = "split from ";

  private final Catalogue catalogue;
  private final SearchIndex index;
  private final Runnable namesChanged;
  private final Romaniser romaniser;

  AuthorityDesk(Catalogue catalogue, SearchIndex index, Runnable namesChanged,
      Romaniser romaniser) {
    this.catalogue = catalogue;
    this.index = index;
    this.namesChanged = namesChanged;
    this.romaniser = romaniser;
  }

  /**
   * Other authorities of the same kind that may name the same entity: one of their forms
   * spells one of this one's in another system (confidence 1), or differs from it by a
   * few letters (a misspelling: the romaniser's name distance, at least
   * {@link NameDistance#SUGGEST_THRESHOLD}). Candidates for a merge an editor confirms;
   * nothing is merged automatically, whatever the confidence.
   */
  public List<SameName> sameNames(String id) {
    Authority a = find(id).orElse(null);
    if (a == null) {
      return List.of();
    }
    Map<String, String> keys = keys(a);
    List<SameName> out = new ArrayList<>();
    for (Authority other : catalogue.authorities()) {
      if (other.id().equals(id) || other.kind() != a.kind()) {
        continue;
      }
      SameName best = null;
      for (Map.Entry<String, String> theirs : keys(other).entrySet()) {
        if (keys.containsKey(theirs.getKey())) {
          best = new SameName(other, theirs.getValue(), 1.0);
          break;
        }
        for (String mine : keys.keySet()) {
          if (Math.abs(mine.length() - theirs.getKey().length()) > 3) {
            continue;
          }
          double c = NameDistance.confidence(mine, theirs.getKey());
          if (c >= NameDistance.SUGGEST_THRESHOLD && (best == null || c > best.confidence())) {
            best = new SameName(other, theirs.getValue(), c);
          }
        }
      }
      if (best != null) {
        out.add(best);
      }
    }
    out.sort(java.util.Comparator.comparingDouble(SameName::confidence).reversed());
    return out;
  }

  /** Comparison keys of an authority's forms, each to the form it came from. */
  private Map<String, String> keys(Authority a) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(romaniser.key(a.name()), a.name());
    a.forms().forEach(f -> keys.putIfAbsent(romaniser.key(f), f));
    keys.remove("");
    return keys;
  }

  /**
   * Another authority that may name the same entity.
   *
   * @param authority the other authority
   * @param form its form that matched
   * @param confidence 1 for the same name in another spelling, less for a near miss
   */
  public record SameName(Authority authority, String form, double confidence) {}

  /** The authority with this id, or empty (see {@link #redirect} for merged ids). */
  public Optional<Authority> find(String id) {
    return catalogue.authority(id);
  }

  /**
   * Authorities of a kind (null: any) whose name or any variant contains {@code q}
   * (case-insensitive; blank: all), by name — the list page, the API and the CLI.
   */
  public List<Authority> matching(Authority.Kind kind, String q) {
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    return catalogue.authorities().stream()
        .filter(a -> kind == null || a.kind() == kind)
        .filter(a -> needle.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(needle)
            || a.forms().stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(needle)))
        .sorted(java.util.Comparator.comparing((Authority a) -> a.name()
            .toLowerCase(Locale.ROOT)).thenComparing(Authority::id))
        .toList();
  }

  /** The id a merged-away authority now redirects to, or empty. */
  public Optional<String> redirect(String id) {
    return Optional.ofNullable(catalogue.authorityRedirects().get(id));
  }

  public List<AuthorityVersion> history(String id) {
    return catalogue.authorityHistory(id);
  }

  /** The authority's page: it, its counts, and the authorities those name. */
  public Optional<AuthorityProfile> profile(String id) {
    return find(id).map(a -> {
      NameCounts counts = a.kind() == Authority.Kind.SUBJECT
          ? index.nameCounts(Facet.SUBJECT, a.name()) : index.nameCounts(Facet.AUTHORITY, a.id());
      Set<String> ids = new HashSet<>();
      ids.addAll(counts.wroteTo().keySet());
      ids.addAll(counts.heardFrom().keySet());
      ids.addAll(counts.places().keySet());
      counts.letters().forEach(l -> {
        ids.add(l.from());
        ids.add(l.to());
      });
      if (a.broader() != null) {
        ids.add(a.broader());
      }
      Map<String, Authority> named = new LinkedHashMap<>();
      catalogue.authorities(ids).forEach(x -> named.put(x.id(), x));
      List<Authority> narrower = a.kind() == Authority.Kind.SUBJECT
          ? catalogue.authorities().stream().filter(x -> a.id().equals(x.broader())).toList()
          : List.of();
      return new AuthorityProfile(a, counts, named, named.get(a.broader()), narrower);
    });
  }

  /** Adds a variant; refused when the authority already has that form. */
  public Authority addVariant(String id, Variant v, String actor, String note) {
    Authority a = existing(id);
    if (a.knownAs(v.form())) {
      throw new EditRefused(EditRefused.Reason.CONFLICT, a.name() + " already has the form '"
          + v.form() + "'");
    }
    Authority changed = a.withVariant(v);
    apply(new AuthorityEdit(actor, "add-variant", note, List.of(changed), List.of(), Map.of(),
        List.of()));
    return changed;
  }

  /**
   * Merges {@code fromId} into {@code intoId}: the survivor gains the other's names as
   * variants, every record linking the other now links the survivor, and the other's id
   * redirects to it.
   *
   * @return the survivor and the number of records relinked
   */
  public EditResult merge(String fromId, String intoId, String actor, String note) {
    if (fromId.equals(intoId)) {
      throw new EditRefused(EditRefused.Reason.INVALID, "cannot merge " + fromId
          + " into itself");
    }
    Authority from = existing(fromId);
    Authority into = existing(intoId);
    if (from.kind() != into.kind()) {
      throw new EditRefused(EditRefused.Reason.CONFLICT, "cannot merge " + kind(from) + " "
          + from.name() + " into " + kind(into) + " " + into.name());
    }
    Authority survivor = into.absorbing(from);
    List<ArchivalRecord> relinked = relink(fromId,
        n -> fromId.equals(n.id()) ? new NameRef(survivor.name(), n.as(), intoId) : n);
    apply(new AuthorityEdit(actor, "merge", note == null ? "merged " + fromId + " into "
        + intoId : note, List.of(survivor), List.of(fromId), Map.of(fromId, intoId), relinked));
    return new EditResult(survivor, relinked.size());
  }

  /**
   * Splits forms off an authority into a new one: the forms move, and every record whose
   * link to the old authority was written in one of them follows to the new one.
   *
   * @param forms variants of the authority that name someone else
   */
  public EditResult split(String id, String newId, String newName, List<String> forms,
      String actor, String note) {
    Authority a = existing(id);
    if (!org.chancery.record.RecordId.isValid(newId)) {
      throw new EditRefused(EditRefused.Reason.INVALID, "'" + newId + "' is not a valid id "
          + "(letters, digits, '-', '_', '.')");
    }
    if (catalogue.authority(newId).isPresent() || redirect(newId).isPresent()) {
      throw new EditRefused(EditRefused.Reason.CONFLICT, "the id " + newId + " is taken");
    }
    if (newName == null || newName.isBlank()) {
      throw new EditRefused(EditRefused.Reason.INVALID, "the new authority needs a name");
    }
    Set<String> moving = new HashSet<>();
    for (String f : forms) {
      if (a.variant(f).isEmpty()) {
        throw new EditRefused(EditRefused.Reason.INVALID, a.name() + " has no variant '" + f
            + "' to split off");
      }
      moving.add(f.strip().toLowerCase(Locale.ROOT));
    }
    moving.add(newName.strip().toLowerCase(Locale.ROOT));
    List<Variant> staying = new ArrayList<>();
    List<Variant> leaving = new ArrayList<>();
    for (Variant v : a.variants()) {
      boolean moves = moving.contains(v.form().toLowerCase(Locale.ROOT));
      if (moves && !v.form().equalsIgnoreCase(newName.strip())) {
        leaving.add(v);
      } else if (!moves) {
        staying.add(v);
      }
    }
    Authority remaining = a.withVariants(staying);
    Authority created = new Authority(newId, a.kind(), newName.strip(), leaving, null,
        SPLIT_FROM + a.id() + " (" + a.name() + ")");
    List<ArchivalRecord> relinked = relink(id, n -> id.equals(n.id())
        && (moving.contains(lower(n.as())) || moving.contains(lower(n.name())))
        ? new NameRef(created.name(), n.as(), newId) : n);
    apply(new AuthorityEdit(actor, "split", note == null ? "split " + newId + " off " + id
        : note, List.of(remaining, created), List.of(), Map.of(), relinked));
    return new EditResult(created, relinked.size());
  }

  /** An authority after an edit, and how many records changed with it. */
  public record EditResult(Authority authority, int recordsRelinked) {}

  /** Maps the links of every record linking {@code id}; only changed records returned. */
  private List<ArchivalRecord> relink(String id, UnaryOperator<NameRef> f) {
    List<RecordId> ids = catalogue.find(new RecordKey(RecordKey.Kind.AUTHORITY, id));
    List<ArchivalRecord> changed = new ArrayList<>();
    for (ArchivalRecord r : catalogue.find(ids)) {
      ArchivalRecord m = NameLinks.relink(r, f);
      if (m != r) {
        changed.add(m);
      }
    }
    return changed;
  }

  private void apply(AuthorityEdit edit) {
    catalogue.edit(edit);
    if (!edit.records().isEmpty()) {
      index.index(catalogue.find(edit.records().stream().map(ArchivalRecord::id).toList()));
      index.commit();
    }
    namesChanged.run();
  }

  private Authority existing(String id) {
    return catalogue.authority(id).orElseThrow(() -> new EditRefused(
        EditRefused.Reason.NOT_FOUND, redirect(id).map(to -> id + " was merged into " + to)
            .orElse("no authority has the id " + id)));
  }

  private static String kind(Authority a) {
    return a.kind().name().toLowerCase(Locale.ROOT);
  }

  private static String lower(String s) {
    // an editor's bracket is not part of the written form: "Filippov [Stalin]"
    return s == null ? "" : s.replaceAll("\\s*\\[[^\\]]*\\]", "").strip()
        .toLowerCase(Locale.ROOT);
  }
}
