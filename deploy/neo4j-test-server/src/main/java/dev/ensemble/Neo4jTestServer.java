package dev.ensemble;

import java.nio.file.Path;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** Starts an in-process Neo4j 5 server with Bolt on 127.0.0.1:PORT (default 7687), auth disabled, until killed. */
public final class Neo4jTestServer {
  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 7687;
    Path dir = args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty("java.io.tmpdir"), "ensemble-neo4j");
    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(dir)
        .withDisabledServer()
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
    System.out.println("NEO4J_READY " + neo4j.boltURI());
    System.out.flush();
    Thread.currentThread().join();
  }
}
