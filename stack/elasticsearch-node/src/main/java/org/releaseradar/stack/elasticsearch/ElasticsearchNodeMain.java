package org.releaseradar.stack.elasticsearch;

import static org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner.newConfigs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;

/**
 * Main class of the Elasticsearch 7.10.2 child JVM: one node on 127.0.0.1 (HTTP and transport),
 * single-node discovery, data under the given path.
 *
 * <p>Arguments: http port, transport port, base path, cluster name. Prints {@code READY http=PORT}
 * once the cluster is yellow; closes the node on SIGTERM. The parent watch comes from the stack's
 * java agent, since this module cannot depend on the stack.
 */
public final class ElasticsearchNodeMain {

    private ElasticsearchNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ElasticsearchNodeMain <http-port> <transport-port> <base-path> <cluster-name>");
            System.exit(2);
        }
        int httpPort = Integer.parseInt(args[0]);
        int transportPort = Integer.parseInt(args[1]);
        Path basePath = Path.of(args[2]).toAbsolutePath();
        String clusterName = args[3];

        ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException | RuntimeException e) {
                e.printStackTrace();
            } finally {
                closed.countDown();
            }
        }, "elasticsearch-node-shutdown"));

        try {
            start(runner, httpPort, transportPort, basePath, clusterName);
        } catch (Throwable e) {
            // The node's non-daemon threads would keep a half-started JVM alive until the parent's timeout.
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("READY http=" + httpPort + " transport=" + transportPort);
        closed.await();
    }

    private static void start(ElasticsearchClusterRunner runner, int httpPort, int transportPort, Path basePath,
                              String clusterName) {
        // Settings put here win over the runner's defaults (it only fills in absent keys).
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("transport.tcp.port", String.valueOf(transportPort));
            settings.put("discovery.type", "single-node");
            settings.put("cluster.name", clusterName);
            settings.put("node.name", "radar-local");
            // A nearly full developer disk must not turn indices read-only.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("action.auto_create_index", "true");
        }).build(newConfigs()
                .numOfNode(1)
                .basePath(basePath.toString())
                .clusterName(clusterName));
        runner.ensureYellow();
    }
}
