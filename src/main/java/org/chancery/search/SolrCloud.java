package org.chancery.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Op;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects to a SolrCloud cluster through ZooKeeper and prepares a {@link CloudCollection}
 * on it: uploads the project's configset under the collection's name when ZooKeeper lacks
 * it, creates the collection when it is missing, and waits until every shard has an active
 * leader. Several web nodes may start at once: the configset goes up in one ZooKeeper
 * transaction (all files or none), and a collection another node created meanwhile is
 * simply used.
 *
 * <p>An existing configset or collection is never changed: when the configset differs
 * from this version's, a warning says how to replace it.
 */
final class SolrCloud {

  /** How long ZooKeeper may take to answer, and the collection to become active. */
  static final int CONNECT_SECONDS = 30;
  static final int ACTIVE_SECONDS = 120;

  private static final Logger log = LoggerFactory.getLogger(SolrCloud.class);

  private SolrCloud() {}

  /** A client connected to the cluster, with {@code where}'s collection ready to use. */
  static CloudSolrClient open(CloudCollection where) {
    checkSolrIsThere(where);
    CloudSolrClient client = new CloudHttp2SolrClient.Builder(where.zkHosts(), where.zkChroot())
        .withZkConnectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
        .build();
    try {
      client.connect(CONNECT_SECONDS, TimeUnit.SECONDS);
      prepare(client, where);
      return client;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(client, e);
      throw new SearchException("interrupted while opening the Solr collection '"
          + where.collection() + "'", e);
    } catch (TimeoutException | KeeperException | SolrServerException | IOException
        | RuntimeException e) {
      closeQuietly(client, e);
      throw e instanceof SearchException se ? se
          : new SearchException("cannot open the Solr collection '" + where.collection()
              + "' through ZooKeeper at " + where.zkAddress() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails at once, and clearly, when ZooKeeper answers but holds no running Solr at the
   * address: a missing or mistyped chroot is the commonest slip, and the client would
   * otherwise wait out its whole timeout before saying "cluster not found".
   */
  private static void checkSolrIsThere(CloudCollection where) {
    try (SolrZkClient zk = new SolrZkClient.Builder().withUrl(where.zkAddress())
        .withTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
        .withConnTimeOut(CONNECT_SECONDS, TimeUnit.SECONDS)
        .build()) {
      if (!zk.exists(ZkStateReader.LIVE_NODES_ZKNODE, true)) {
        throw new SearchException("no SolrCloud at " + where.zkAddress() + ": ZooKeeper "
            + "answers but has no Solr there (is the chroot the one the Solr nodes use?)");
      }
      if (zk.getChildren(ZkStateReader.LIVE_NODES_ZKNODE, null, true).isEmpty()) {
        throw new SearchException("no Solr node is running in the SolrCloud at "
            + where.zkAddress());
      }
    } catch (KeeperException | RuntimeException e) {
      throw e instanceof SearchException se ? se : new SearchException(
          "cannot reach ZooKeeper at " + where.zkAddress() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchException("interrupted while reaching ZooKeeper at "
          + where.zkAddress(), e);
    }
  }

  private static void prepare(CloudSolrClient client, CloudCollection where)
      throws KeeperException, InterruptedException, SolrServerException, IOException,
      TimeoutException {
    ZkStateReader reader = ZkClientClusterStateProvider.from(client).getZkStateReader();
    String name = where.collection();
    if (client.getClusterStateProvider().getState(name) == null) {
      uploadConfigset(reader.getZkClient(), where.configset());
      create(client, where);
    }
    DocCollection collection = awaitLeaders(reader, name);
    warnIfOutdated(reader.getZkClient(), collection.getConfigName(), name);
    if (collection.getSlices().size() != where.shards()) {
      log.info("Solr collection '{}' has {} shards (configured: {}, which applies only when "
          + "the collection is created)", name, collection.getSlices().size(), where.shards());
    }
  }

  /** Uploads the configset unless ZooKeeper has it; all files in one transaction. */
  private static void uploadConfigset(SolrZkClient zk, String configset)
      throws KeeperException, InterruptedException {
    String root = ZkStateReader.CONFIGS_ZKNODE + "/" + configset;
    if (zk.exists(root, true)) {
      return;
    }
    zk.makePath(ZkStateReader.CONFIGS_ZKNODE, false, true);
    List<Op> ops = new ArrayList<>();
    ops.add(Op.create(root, new byte[0], zk.getZkACLProvider().getACLsToAdd(root),
        CreateMode.PERSISTENT));
    for (String file : Configset.FILES) {
      String path = root + "/" + file;
      ops.add(Op.create(path, Configset.file(file), zk.getZkACLProvider().getACLsToAdd(path),
          CreateMode.PERSISTENT));
    }
    try {
      zk.multi(ops, true);
      log.info("Uploaded the search configset to ZooKeeper as {}", root);
    } catch (KeeperException.NodeExistsException e) {
      log.info("Configset {} was uploaded by another node meanwhile", root);
    }
  }

  private static void create(CloudSolrClient client, CloudCollection where)
      throws SolrServerException, IOException {
    CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(
        where.collection(), where.configset(), where.shards(), where.replicas());
    create.setWaitForFinalState(true);
    CollectionAdminResponse rsp;
    try {
      rsp = create.process(client);
    } catch (SolrException e) {
      if (client.getClusterStateProvider().getState(where.collection()) != null
          && e.getMessage() != null && e.getMessage().contains("already exists")) {
        log.info("Solr collection '{}' was created by another node meanwhile",
            where.collection());
        return;
      }
      throw cannotCreate(where, e.getMessage(), e);
    }
    if (!rsp.isSuccess()) {
      throw cannotCreate(where, String.valueOf(rsp.getErrorMessages()), null);
    }
    log.info("Created Solr collection '{}': {} shards, {} replicas each, configset {}",
        where.collection(), where.shards(), where.replicas(), where.configset());
  }

  private static SearchException cannotCreate(CloudCollection where, String why,
      Exception cause) {
    return new SearchException("Solr could not create the collection '" + where.collection()
        + "': " + why + " (is the analysis-extras module enabled on every Solr node? "
        + "see docs/scale-out.md)", cause);
  }

  /** Waits until every shard of the collection has an active leader on a live node. */
  private static DocCollection awaitLeaders(ZkStateReader reader, String name)
      throws InterruptedException {
    try {
      return reader.waitForState(name, ACTIVE_SECONDS, TimeUnit.SECONDS,
          (DocCollection c) -> c != null && !c.getSlices().isEmpty()
              && c.getSlices().stream().allMatch(s -> s.getLeader() != null
                  && s.getLeader().getState() == Replica.State.ACTIVE
                  && reader.getClusterState().liveNodesContain(s.getLeader().getNodeName())));
    } catch (TimeoutException e) {
      throw new SearchException("the Solr collection '" + name + "' has a shard without an "
          + "active leader after " + ACTIVE_SECONDS + " s", e);
    }
  }

  /** Warns when the configset the collection uses is not this version's. */
  private static void warnIfOutdated(SolrZkClient zk, String configset, String collection)
      throws KeeperException, InterruptedException {
    List<String> differ = new ArrayList<>();
    for (String file : Configset.FILES) {
      String path = ZkStateReader.CONFIGS_ZKNODE + "/" + configset + "/" + file;
      byte[] there = zk.exists(path, true) ? zk.getData(path, null, null, true) : null;
      if (there == null || !Arrays.equals(there, Configset.file(file))) {
        differ.add(file);
      }
    }
    if (!differ.isEmpty()) {
      log.warn("The configset '{}' of Solr collection '{}' differs from this version's in {}; "
          + "to use this version's, upload src/main/resources/solr/configsets/chancery/conf "
          + "(bin/solr zk upconfig -n {} -d ...), reload the collection and run chancery "
          + "reindex", configset, collection, differ, configset);
    }
  }

  private static void closeQuietly(CloudSolrClient client, Exception failure) {
    try {
      client.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
