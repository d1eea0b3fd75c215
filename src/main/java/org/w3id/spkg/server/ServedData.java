package org.w3id.spkg.server;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.w3id.spkg.remote.RemoteStore;
import org.w3id.spkg.server.endpoint.VoidServlet;
import org.w3id.spkg.server.endpoint.WriteEndpoints;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.StoreConfig;
import org.w3id.spkg.store.StoreServices;

/**
 * What a server serves: a store folder it opens (and holds until it stops), or a store another
 * server holds, read over its SPARQL endpoint ({@link RemoteStore}, read-only). Either way the
 * Fuseki services of the configuration are built over its dataset.
 */
final class ServedData implements AutoCloseable {

  private final SpkgStore local;
  private final RemoteStore remote;
  private final Model model;

  private ServedData(SpkgStore local, RemoteStore remote, Model model) {
    this.local = local;
    this.remote = remote;
    this.model = model;
  }

  /** Opens the store in {@code folder}; with a password file, the write endpoints are added. */
  static ServedData local(Path folder, StoreConfig config, Optional<Path> passwordFile) {
    StoreConfig placed = config.in(folder);
    Model model = placed.model();
    passwordFile.ifPresent(f -> WriteEndpoints.addTo(model));
    return new ServedData(SpkgStore.open(folder, placed), null, model);
  }

  /** Probes and opens the store behind the SPARQL endpoint {@code url}: read-only. */
  static ServedData remote(String url, StoreConfig config) {
    return new ServedData(null, RemoteStore.open(url), config.model());
  }

  /** A Fuseki builder with the configuration's services over the dataset. */
  FusekiServer.Builder fusekiBuilder() {
    return local != null
        ? local.fusekiBuilder(model)
        : StoreServices.builder(model, remote.datasetGraph());
  }

  /** Whether this is a remote store, read over its endpoint. */
  boolean isRemote() {
    return remote != null;
  }

  /** Whether the store has a full-text index that {@code text:query} reaches. */
  boolean textSearch() {
    return local != null || remote.textSearch();
  }

  /** The VoID servlet: the stored description of a local store, a counted and kept one remotely. */
  VoidServlet voidServlet(FusekiServer.Builder b) {
    return local != null
        ? new VoidServlet(b.getDataset("/" + SpkgServer.DATASET))
        : new VoidServlet(remote::voidDescription);
  }

  /** What is served, for the log: the folder or the endpoint. */
  String description() {
    return local != null ? local.folder().toString() : remote.endpoint().toString();
  }

  @Override
  public void close() {
    if (local != null) {
      local.close();
    }
  }
}
