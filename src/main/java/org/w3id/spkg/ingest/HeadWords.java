package org.w3id.spkg.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.SPKG;

/**
 * The class a name's head word gives it: "…Agency" is an Agency, "…Initiative" a Partnership,
 * "…Observatory" an Observatory. Used for entities a document defines, with or without acronym.
 */
final class HeadWords {

  private static final Map<String, Resource> HEADS =
      Map.ofEntries(
          Map.entry("agency", SPKG.Agency),
          Map.entry("administration", SPKG.Agency),
          Map.entry("department", SPKG.Agency),
          Map.entry("office", SPKG.Agency),
          Map.entry("council", SPKG.Agency),
          Map.entry("commission", SPKG.Agency),
          Map.entry("bureau", SPKG.Agency),
          Map.entry("ministry", SPKG.Agency),
          Map.entry("service", SPKG.Agency),
          Map.entry("force", SPKG.Agency),
          Map.entry("command", SPKG.Agency),
          Map.entry("initiative", SPKG.Partnership),
          Map.entry("partnership", SPKG.Partnership),
          Map.entry("accords", SPKG.Agreement),
          Map.entry("accord", SPKG.Agreement),
          Map.entry("agreement", SPKG.Agreement),
          Map.entry("treaty", SPKG.Agreement),
          Map.entry("alliance", SPKG.Coalition),
          Map.entry("coalition", SPKG.Coalition),
          Map.entry("group", SPKG.WorkingGroup),
          Map.entry("forum", SPKG.WorkingGroup),
          Map.entry("dialogue", SPKG.WorkingGroup),
          Map.entry("consortium", SPKG.WorkingGroup),
          Map.entry("system", SPKG.System),
          Map.entry("constellation", SPKG.System),
          Map.entry("capability", SPKG.System),
          Map.entry("network", SPKG.System),
          Map.entry("mission", SPKG.Mission),
          Map.entry("observatory", SPKG.Observatory),
          Map.entry("telescope", SPKG.Observatory),
          Map.entry("module", SPKG.Module),
          Map.entry("arm", SPKG.Module),
          Map.entry("laboratory", SPKG.Laboratory),
          Map.entry("lab", SPKG.Laboratory),
          Map.entry("station", SPKG.SpaceStation),
          Map.entry("satellite", SPKG.Satellite),
          Map.entry("satellites", SPKG.Satellite),
          Map.entry("vehicle", SPKG.Spacecraft),
          Map.entry("rover", SPKG.Spacecraft),
          Map.entry("lander", SPKG.Spacecraft),
          Map.entry("landers", SPKG.Spacecraft),
          Map.entry("spacecraft", SPKG.Spacecraft),
          Map.entry("payload", SPKG.Payload),
          Map.entry("payloads", SPKG.Payload),
          Map.entry("sensor", SPKG.Payload),
          Map.entry("instrument", SPKG.Payload),
          Map.entry("facility", SPKG.Facility),
          Map.entry("center", SPKG.Facility),
          Map.entry("centre", SPKG.Facility),
          Map.entry("report", SPKG.Report),
          Map.entry("study", SPKG.Report),
          Map.entry("program", SPKG.Program),
          Map.entry("programme", SPKG.Program),
          Map.entry("project", SPKG.Program),
          Map.entry("strategy", SPKG.Policy),
          Map.entry("guidance", SPKG.Policy),
          Map.entry("plan", SPKG.Policy),
          Map.entry("policy", SPKG.Policy),
          Map.entry("standards", SPKG.Policy),
          Map.entry("framework", SPKG.Policy),
          Map.entry("summit", SPKG.Event),
          Map.entry("conference", SPKG.Event),
          Map.entry("symposium", SPKG.Event),
          Map.entry("workshop", SPKG.Event),
          Map.entry("week", SPKG.Event),
          Map.entry("corporation", SPKG.Company),
          Map.entry("company", SPKG.Company),
          Map.entry("inc", SPKG.Company),
          Map.entry("llc", SPKG.Company),
          Map.entry("university", SPKG.Actor),
          Map.entry("institute", SPKG.Actor),
          Map.entry("association", SPKG.Actor),
          Map.entry("society", SPKG.Actor),
          Map.entry("foundation", SPKG.Actor),
          Map.entry("college", SPKG.Actor),
          Map.entry("fund", SPKG.Actor),
          Map.entry("school", SPKG.Actor),
          Map.entry("club", SPKG.Actor),
          Map.entry("philanthropies", SPKG.Actor),
          Map.entry("committee", SPKG.WorkingGroup),
          Map.entry("exercise", SPKG.Event),
          Map.entry("meeting", SPKG.Meeting),
          Map.entry("arrangement", SPKG.Agreement),
          Map.entry("charter", SPKG.Agreement),
          Map.entry("act", SPKG.Policy),
          Map.entry("directive", SPKG.Policy),
          Map.entry("directives", SPKG.Policy),
          Map.entry("probe", SPKG.Spacecraft),
          Map.entry("base", SPKG.Facility));

  private HeadWords() {}

  /** The class for a head word, if it is one. */
  static Optional<Resource> classOf(String word) {
    return Optional.ofNullable(HEADS.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The kind segment of the IRI of a new entity of this class. */
  static String kindOf(Resource type) {
    if (type.equals(SPKG.Region)) {
      return "region";
    }
    if (type.equals(SPKG.Agency)) {
      return "agency";
    }
    if (type.equals(SPKG.Policy)) {
      return "policy";
    }
    if (type.equals(SPKG.Event) || type.equals(SPKG.Meeting)) {
      return "event";
    }
    if (type.equals(SPKG.Office)) {
      return "office";
    }
    if (type.equals(SPKG.Company) || type.equals(SPKG.Actor)) {
      return "organization";
    }
    return "program";
  }
}
