package org.w3id.spkg.validate;

import java.util.Objects;

/**
 * One result of a SHACL validation, ready to print: every node is already written with the prefixes
 * of the ontology and shapes.
 *
 * @param severity {@code Violation}, {@code Warning} or {@code Info}
 * @param focus the focus node
 * @param focusLabel the focus node's label in the data, or empty
 * @param path the result path, or empty for a node-level constraint
 * @param message what the shape expects
 * @param value the offending value, or empty
 * @param shape the node shape that holds the constraint
 */
public record Violation(
    String severity,
    String focus,
    String focusLabel,
    String path,
    String message,
    String value,
    String shape) {

  public Violation {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(focusLabel, "focusLabel");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(shape, "shape");
  }

  /** True for results of severity Violation (not warnings or infos). */
  public boolean isViolation() {
    return "Violation".equals(severity);
  }
}
