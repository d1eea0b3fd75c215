package org.w3id.spkg.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An undertaking the commitment rules found in a sentence: who undertakes it, of what kind, where
 * its subject and its clause start, and the rule that read it; with the phrases the readers of its
 * subject share.
 */
record Undertaking(
    List<String> issuers,
    String kind,
    int subjectStart,
    int clauseStart,
    Rule rule,
    boolean negated) {

  /** A second verb of the same subject: "X is committed to A and looks forward to B". */
  static final Pattern AND_BEFORE = Pattern.compile("\\s+and\\s*$");

  /** A subject that is a single word, after an opening phrase: "In October, Acme". */
  static final Pattern SHORT_SUBJECT =
      Pattern.compile(
          "(?:(?:In|On|By|Later|Next|This|Starting|Then) [^,]{1,30},\\s+)?(\\p{Lu}\\p{Ll}{2,})\\s*");
}
