package org.w3id.spkg.eval;

import java.nio.file.Path;
import org.snakeyaml.engine.v2.nodes.Node;
import org.w3id.spkg.InputException;

/**
 * Where a YAML node of a gold or label file sits, for error messages with file, line and column.
 */
final class YamlPlaces {

  private YamlPlaces() {}

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  static InputException error(Path file, Node node, String problem) {
    int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    return new InputException(file.toString(), line(node), column, problem, null);
  }
}
