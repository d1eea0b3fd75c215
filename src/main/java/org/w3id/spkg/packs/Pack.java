package org.w3id.spkg.packs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pack: a folder of queries under {@code queries/}, with a README whose first heading gives its
 * title ({@code # Pack `partnerships`: who partners with whom}).
 *
 * @param folder the pack's folder
 * @param standIn a Turtle file the pack's tests serve as a stand-in SPARQL endpoint ({@code
 *     stand-in.ttl}), if the pack has one
 */
public record Pack(
    String name, String title, Path folder, List<PackQuery> queries, Optional<Path> standIn) {

  /** The file a pack may hold to stand in for the remote endpoint its queries federate with. */
  public static final String STAND_IN = "stand-in.ttl";

  public Pack {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    queries = List.copyOf(queries);
  }

  public Optional<PackQuery> query(String queryName) {
    String bare = queryName.replaceAll("\\.rq$", "");
    return queries.stream().filter(q -> q.name().equals(bare)).findFirst();
  }
}
