package org.chancery.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a SolrCloud index lives: the ZooKeeper ensemble the Solr nodes use, with its chroot
 * ({@code zk1:2181,zk2:2181/chancery}), the collection, and the layout the collection is
 * created with when it is missing. An existing collection keeps its own layout.
 *
 * @param zkAddress ZooKeeper hosts, comma-separated, then optionally the chroot
 *     ({@code /solr}) the Solr nodes were started with
 * @param collection the collection's name; the configset it is created with has the same
 *     name, so two archives on one ZooKeeper never share a schema
 * @param shards shards of a new collection, at least 1
 * @param replicas replicas of each shard of a new collection (replication factor), at least 1
 */
public record CloudCollection(String zkAddress, String collection, int shards, int replicas) {

  public static final String DEFAULT_NAME = "chancery";

  /** Solr's rule for collection and configset names. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]*");
  private static final Pattern HOST = Pattern.compile("[^\\s/,]+");

  /**
   * @throws IllegalArgumentException naming what is wrong: an address without hosts, a
   *     name Solr refuses, fewer than one shard or replica
   */
  public CloudCollection {
    zkAddress = zkAddress == null ? "" : zkAddress.strip();
    int slash = zkAddress.indexOf('/');
    String hosts = slash < 0 ? zkAddress : zkAddress.substring(0, slash);
    if (hosts.isEmpty() || Arrays.stream(hosts.split(",", -1))
        .anyMatch(h -> !HOST.matcher(h.strip()).matches())) {
      throw new IllegalArgumentException("the ZooKeeper address must be host:port[,host:port...]"
          + "[/chroot], was '" + zkAddress + "'");
    }
    collection = collection == null || collection.isBlank() ? DEFAULT_NAME : collection.strip();
    if (!NAME.matcher(collection).matches()) {
      throw new IllegalArgumentException("a Solr collection name has letters, digits, '.', '_' "
          + "and '-' only (not first), was '" + collection + "'");
    }
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("a collection needs at least 1 shard and 1 replica, "
          + "was " + shards + " shards and " + replicas + " replicas");
    }
  }

  /** A collection of one shard with one replica. */
  public static CloudCollection of(String zkAddress, String collection) {
    return new CloudCollection(zkAddress, collection, 1, 1);
  }

  /** The ZooKeeper hosts, {@code host:port} each. */
  public List<String> zkHosts() {
    int slash = zkAddress.indexOf('/');
    String hosts = slash < 0 ? zkAddress : zkAddress.substring(0, slash);
    return Arrays.stream(hosts.split(",")).map(String::strip).toList();
  }

  /** The chroot ({@code /solr}), or empty when the nodes use ZooKeeper's root. */
  public Optional<String> zkChroot() {
    int slash = zkAddress.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String chroot = zkAddress.substring(slash).replaceAll("/+$", "");
    return chroot.isEmpty() ? Optional.empty() : Optional.of(chroot);
  }

  /** The configset the collection is created with: it bears the collection's name. */
  public String configset() {
    return collection;
  }
}
