package org.w3id.spkg.server;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.store.StoreConfig;

/**
 * A store holding the seed, opened as the server opens it, and Fuseki servers over it (port 0,
 * loopback) with the servlets a test needs; {@link #close} stops the servers, then the store.
 */
public final class ServedStore implements AutoCloseable {

  public final DatasetGraph dsg;
  private final List<FusekiServer> servers = new ArrayList<>();

  private ServedStore(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** A new store in a temporary folder, with the ontology, the reference data and the seed. */
  public static ServedStore seeded(String name) throws IOException {
    var folder = Files.createTempDirectory(name);
    TestStores.seeded(folder);
    return new ServedStore(StoreConfig.bundled().in(folder).assembleDataset());
  }

  /** Starts a server with the dataset at /spkg and {@code servlet} at {@code pathSpec}. */
  public FusekiServer start(String pathSpec, HttpServlet servlet) {
    FusekiServer server =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .add("/spkg", dsg)
            .addServlet(pathSpec, servlet)
            .build()
            .start();
    servers.add(server);
    return server;
  }

  /** The base URL of a server, ending in "/". */
  public static String base(FusekiServer server) {
    return "http://localhost:" + server.getHttpPort() + "/";
  }

  @Override
  public void close() {
    try {
      servers.forEach(FusekiServer::stop);
    } finally {
      dsg.close();
    }
  }
}
