package org.w3id.spkg.validate;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * What a validation found.
 *
 * @param conforms true when the data conforms to the shapes (no result of any severity)
 * @param results the results, violations first, then by focus node and path
 * @param report the SHACL validation report as RDF
 */
public record ValidationOutcome(boolean conforms, List<Violation> results, Model report) {

  public ValidationOutcome {
    results = List.copyOf(results);
  }

  public long violationCount() {
    return results.stream().filter(Violation::isViolation).count();
  }

  public long otherCount() {
    return results.size() - violationCount();
  }
}
