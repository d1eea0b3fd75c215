package org.w3id.spkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the spkg ontology ({@code ontology/spkg.ttl}), named exactly as the ontology names
 * them. A test keeps this class and the ontology in agreement both ways.
 *
 * <pre>{@code
 * model.add(japan, RDF.type, SPKG.Nation);
 * model.add(cspo, SPKG.participant, japan);
 * }</pre>
 */
public final class SPKG {

  /** The namespace of the ontology's terms. */
  public static final String NS = "https://w3id.org/spkg/ontology#";

  /** The preferred prefix of the namespace. */
  public static final String PREFIX = "spkg";

  /** The IRI of the ontology itself. */
  public static final String ONTOLOGY_IRI = "https://w3id.org/spkg/ontology";

  private SPKG() {}

  private static Resource resource(String localName) {
    return ResourceFactory.createResource(NS + localName);
  }

  private static Property property(String localName) {
    return ResourceFactory.createProperty(NS, localName);
  }

  // Classes

  /**
   * Anything that can take part in, lead, build, fund, announce or commit to something: a nation, a
   * region acting as a bloc, a government body, an international organization, a company or a
   * person.
   */
  public static final Resource Actor = resource("Actor");

  /** A geographic place a document names: a country, a region or a city. */
  public static final Resource Place = resource("Place");

  /** An entry of ISO 3166-1: a sovereign state or a territory with its own country code. */
  public static final Resource Country = resource("Country");

  /**
   * A sovereign state with an ISO 3166-1 code: a member or observer state of the United Nations.
   */
  public static final Resource Nation = resource("Nation");

  /**
   * An ISO 3166-1 entry that is not a UN member or observer state: a dependent territory, a special
   * area or a territory of disputed status.
   */
  public static final Resource Territory = resource("Territory");

  /**
   * A region larger or other than one country (Europe, southern Africa, the Arctic, the
   * Indo-Pacific).
   */
  public static final Resource Region = resource("Region");

  /** A city or other settlement, such as the place where a meeting is held. */
  public static final Resource City = resource("City");

  /**
   * A government body of one nation: a department, agency, administration, office, council or
   * military service.
   */
  public static final Resource Agency = resource("Agency");

  /** An intergovernmental body whose members are states (ITU, ESA, the United Nations). */
  public static final Resource InternationalOrganization = resource("InternationalOrganization");

  /**
   * An organization whose main remit is space, given in addition to spkg:Agency or
   * spkg:InternationalOrganization (NASA, JAXA, ESA).
   */
  public static final Resource SpaceAgency = resource("SpaceAgency");

  /** A commercial enterprise that a document names as a participant. */
  public static final Resource Company = resource("Company");

  /**
   * A person a document names, with the office held as the document names it (see spkg:holdsOffice
   * and spkg:title).
   */
  public static final Resource Person = resource("Person");

  /**
   * A public office or post that a person holds (Vice President of the United States, NASA
   * Administrator).
   */
  public static final Resource Office = resource("Office");

  /**
   * A coalition, alliance, agreement or other joint arrangement between actors (the Artemis
   * Accords, AUKUS, the CSpO initiative).
   */
  public static final Resource Partnership = resource("Partnership");

  /**
   * A partnership founded on a text that parties sign or accede to: accords, treaties, memoranda of
   * understanding.
   */
  public static final Resource Agreement = resource("Agreement");

  /**
   * A standing group of actors that act together: an alliance, coalition or multilateral initiative
   * with members.
   */
  public static final Resource Coalition = resource("Coalition");

  /** A group convened for a study or a task: a working group, forum, dialogue or consortium. */
  public static final Resource WorkingGroup = resource("WorkingGroup");

  /** A named program, mission, system, spacecraft, payload, module, facility or report. */
  public static final Resource Program = resource("Program");

  /** A space or Earth-observation mission with its own objectives (MAIA, Landsat Next). */
  public static final Resource Mission = resource("Mission");

  /**
   * A system, constellation or capability made of several parts (QZSS, GPS, a radar capability).
   */
  public static final Resource System = resource("System");

  /** A vehicle that flies in space: a satellite, station, transfer vehicle, lander or rover. */
  public static final Resource Spacecraft = resource("Spacecraft");

  /** An artificial satellite, or a named group of like satellites. */
  public static final Resource Satellite = resource("Satellite");

  /** A crewed or crew-tended station in orbit (the ISS, the lunar Gateway). */
  public static final Resource SpaceStation = resource("SpaceStation");

  /**
   * A module or major element of a larger spacecraft: a habitation module, a robotic arm, a
   * refuelling module.
   */
  public static final Resource Module = resource("Module");

  /**
   * An instrument or package carried by a spacecraft that is not its own, such as a hosted payload.
   */
  public static final Resource Payload = resource("Payload");

  /**
   * A facility on the ground or in space: an observatory, a laboratory, a test site, a data centre.
   */
  public static final Resource Facility = resource("Facility");

  /** An astronomical or Earth-observing observatory. */
  public static final Resource Observatory = resource("Observatory");

  /** A research laboratory, including a national laboratory in orbit. */
  public static final Resource Laboratory = resource("Laboratory");

  /** A named report, study or analysis that actors produce or publish. */
  public static final Resource Report = resource("Report");

  /**
   * A policy, strategy, guidance, plan or set of standards that a government adopts or is to adopt.
   */
  public static final Resource Policy = resource("Policy");

  /** An action a document announces; each bold-led item of a fact sheet is one. */
  public static final Resource Initiative = resource("Initiative");

  /**
   * A pledge by an actor to do or not to do something, with its issuer (spkg:issuer) and, where the
   * text gives it, a date by which it is due.
   */
  public static final Resource Commitment = resource("Commitment");

  /**
   * An instruction from one actor (spkg:issuer) to another (spkg:addressee) to do something: "she
   * has directed the U.S.
   */
  public static final Resource Directive = resource("Directive");

  /**
   * A dated happening, past or planned: a meeting, a launch, a summit, a first photon, a selection,
   * a release.
   */
  public static final Resource Event = resource("Event");

  /**
   * A meeting of a body (spkg:meetingOf), convened by an actor (spkg:convenedBy), at a place
   * (spkg:location).
   */
  public static final Resource Meeting = resource("Meeting");

  /**
   * A planned event in the life of a program or initiative (spkg:milestoneOf), dated by
   * spkg:plannedFor with the precision the text gives.
   */
  public static final Resource Milestone = resource("Milestone");

  /**
   * A source document: a fact sheet, statement or readout, described with Dublin Core terms (title,
   * date, source URL).
   */
  public static final Resource Document = resource("Document");

  /** A titled section of a document, part of the document or of a wider section (dct:isPartOf). */
  public static final Resource Section = resource("Section");

  /**
   * The passage of a source document that supports a fact: its verbatim quote (spkg:quote), a text
   * quote and a text position selector into the document (oa:hasSelector), the section it stands
   * in, the extraction rule that read it and a confidence.
   */
  public static final Resource Evidence = resource("Evidence");

  /** A named rule of the ingester that reads facts from sentences or list items. */
  public static final Resource ExtractionRule = resource("ExtractionRule");

  /**
   * A qualified participation: who (spkg:agent) takes part in a partnership, program, initiative or
   * event, in which role (spkg:role), since or until when, contributing what, on what evidence.
   */
  public static final Resource Participation = resource("Participation");

  /**
   * A stated amount: a count, a percentage or a sum of money, with the comparator the text uses
   * ("over", "more than") and its evidence.
   */
  public static final Resource Quantity = resource("Quantity");

  /**
   * A stated number of things, such as "33 nations" (schema:value 33, schema:unitText "nations").
   */
  public static final Resource Count = resource("Count");

  /** A stated percentage, such as a 50% reduction (schema:value 50, schema:unitCode "P1"). */
  public static final Resource Percentage = resource("Percentage");

  /**
   * A stated sum of money with its currency as an ISO 4217 code (schema:value 900000000,
   * schema:currency "USD").
   */
  public static final Resource MonetaryAmount = resource("MonetaryAmount");

  // Properties

  /** Shortcut: the thing has this actor as a participant, in any role. */
  public static final Property participant = property("participant");

  /** From a partnership, program, initiative or event to one of its spkg:Participation nodes. */
  public static final Property qualifiedParticipation = property("qualifiedParticipation");

  /** On a Participation: the nation, region, agency, organization or person that takes part. */
  public static final Property agent = property("agent");

  /**
   * The role, a concept of the participation roles scheme (member, signatory, lead, partner,
   * contributor, builder, host, funder, …): on a Participation, the agent's role; on a Count, the
   * role of the things counted.
   */
  public static final Property role = property("role");

  /**
   * On a Participation: the thing the agent contributes, builds or provides to the undertaking (a
   * module, a vehicle, a rover).
   */
  public static final Property contribution = property("contribution");

  /** Shortcut: the actor that carries out or leads an initiative or program. */
  public static final Property ledBy = property("ledBy");

  /** The document that announces a thing. */
  public static final Property announcedIn = property("announcedIn");

  /** The person (or other actor) who announces a thing. */
  public static final Property announcedBy = property("announcedBy");

  /** The event, such as a meeting, at which a thing is announced. */
  public static final Property announcedAt = property("announcedAt");

  /** The actor who makes a commitment or gives a directive. */
  public static final Property issuer = property("issuer");

  /** The actor a directive is addressed to, who is to carry it out. */
  public static final Property addressee = property("addressee");

  /**
   * The kind of a commitment, a concept of the commitment kinds scheme (directive, pledge, plan,
   * norm, …).
   */
  public static final Property commitmentKind = property("commitmentKind");

  /**
   * A theme of an initiative, section or commitment, a concept of the themes scheme (security,
   * economy, climate and Earth observation, exploration, science, diplomacy).
   */
  public static final Property theme = property("theme");

  /**
   * A thing that an initiative, commitment or event is about: the partnership it expands, the
   * program it funds, the policy it adopts.
   */
  public static final Property concerns = property("concerns");

  /**
   * From any fact-bearing node (initiative, participation, commitment, event, quantity, entity
   * mention) to the Evidence that supports it.
   */
  public static final Property evidence = property("evidence");

  /** A document names this entity (a nation, agency, program, person, …) somewhere in its text. */
  public static final Property mentions = property("mentions");

  /** The document section an initiative or a piece of evidence stands in. */
  public static final Property section = property("section");

  /** The extraction rule that read a piece of evidence. */
  public static final Property extractedBy = property("extractedBy");

  /** The country an agency, office, person or program belongs to (its home nation). */
  public static final Property nation = property("nation");

  /** A region that a country or a smaller region lies in. */
  public static final Property inRegion = property("inRegion");

  /** Where an event takes place or a facility is built. */
  public static final Property location = property("location");

  /**
   * A program that this program, module or payload is a part of (a module of a station, a satellite
   * of a system).
   */
  public static final Property partOf = property("partOf");

  /** The spacecraft or system that carries a hosted payload. */
  public static final Property hostedOn = property("hostedOn");

  /** The program, initiative or partnership a milestone belongs to. */
  public static final Property milestoneOf = property("milestoneOf");

  /** The body whose meeting this is. */
  public static final Property meetingOf = property("meetingOf");

  /** The actor who convenes or chairs a meeting or other event. */
  public static final Property convenedBy = property("convenedBy");

  /** The directive an event carries out: what was done at the direction of the issuer. */
  public static final Property fulfils = property("fulfils");

  /** An office that a person holds, as the document names it. */
  public static final Property holdsOffice = property("holdsOffice");

  /** The nation or body an office belongs to. */
  public static final Property officeOf = property("officeOf");

  /**
   * A stated count, percentage or amount about this thing (the number of signatories, a projected
   * saving).
   */
  public static final Property quantity = property("quantity");

  /**
   * On a quantity: the actor that gains the amount (who is saved the money, who receives the
   * funds).
   */
  public static final Property beneficiary = property("beneficiary");

  /**
   * How the stated value bounds the true one, a concept of the comparators scheme: exactly, more
   * than ("over"), at least, about, fewer than.
   */
  public static final Property comparator = property("comparator");

  /**
   * The precision of the date the text gives (day, month, year, decade), a concept of the date
   * precision scheme.
   */
  public static final Property datePrecision = property("datePrecision");

  /**
   * How the date bounds the happening, a concept of the date qualifiers scheme: on, no later than
   * ("by"), no earlier than ("as soon as"), during ("over the next year").
   */
  public static final Property dateQualifier = property("dateQualifier");

  /** An acronym or short name, exactly as written (CSpO, EPS-R, DoD). */
  public static final Property acronym = property("acronym");

  /**
   * The adjectival form of a country's or region's name that texts use (Japanese, Norwegian,
   * European).
   */
  public static final Property adjective = property("adjective");

  /** What a country's people are called (Norwegians, Japanese). */
  public static final Property demonym = property("demonym");

  /** A country's two-letter ISO 3166-1 code, upper case (JP). */
  public static final Property isoAlpha2 = property("isoAlpha2");

  /** A country's three-letter ISO 3166-1 code, upper case (JPN). */
  public static final Property isoAlpha3 = property("isoAlpha3");

  /** The title a person bears in the document, as written (Vice President, President). */
  public static final Property title = property("title");

  /**
   * The date a planned thing is due, typed by the precision of the text: xsd:date for a day,
   * xsd:gYearMonth for a month, xsd:gYear for a year ("by the end of the decade" is the decade's
   * last year, with spkg:datePrecision decade).
   */
  public static final Property plannedFor = property("plannedFor");

  /**
   * The date a thing happened or was done, typed by the precision of the text (xsd:date,
   * xsd:gYearMonth or xsd:gYear).
   */
  public static final Property date = property("date");

  /**
   * On a Participation: the date it starts (when the agent joined), typed by the precision of the
   * text.
   */
  public static final Property since = property("since");

  /** The date a participation or a service ends, typed by the precision of the text. */
  public static final Property until = property("until");

  /**
   * The words the text used for a date ("earlier this month", "as soon as next year"), kept beside
   * the typed value.
   */
  public static final Property dateText = property("dateText");

  /**
   * The date as of which a count holds: the date of the document that states it, unless the text
   * dates it otherwise ("33 nations have signed" counts the signatories on that day).
   */
  public static final Property asOf = property("asOf");

  /**
   * What a date is of the thing it dates, a concept of the date kinds scheme: start, end, deadline,
   * launch window, a scheduled event, a past event.
   */
  public static final Property dateKind = property("dateKind");

  /** The ordinal of an event in its series (3 for "the third meeting"). */
  public static final Property ordinal = property("ordinal");

  /**
   * The verbatim passage an Evidence rests on, as it stands in the source file between the offsets
   * of its text position selector (a shortcut for the oa:exact of its text quote selector).
   */
  public static final Property quote = property("quote");

  /** The ingester's confidence in an extracted fact, from 0 (a guess) to 1 (certain). */
  public static final Property confidence = property("confidence");

  /** The nesting level of a section: 1 for a top-level heading, 2 for a sub-heading. */
  public static final Property level = property("level");

  /** The order of a section, initiative or commitment in its document, counting from 1. */
  public static final Property position = property("position");

  /** A tag the publisher gave the document (from its front matter). */
  public static final Property tag = property("tag");

  /** The SHA-256 checksum of a source file's bytes, as 64 lower-case hexadecimal digits. */
  public static final Property sha256 = property("sha256");

  /** A passage as a reader sees it: the verbatim quote without Markdown, URLs and escapes. */
  public static final Property text = property("text");

  /** Whether a document, section or statement is about space (a relevance concept). */
  public static final Property relevance = property("relevance");

  /** The summed weights of the cues that decided a relevance. */
  public static final Property relevanceScore = property("relevanceScore");

  /** A statement about space that a document's relevance decision rests on (its Evidence). */
  public static final Property relevanceEvidence = property("relevanceEvidence");

  /** A term or name that decided a relevance. */
  public static final Property relevanceCue = property("relevanceCue");

  /** How many statements a document has. */
  public static final Property statementCount = property("statementCount");

  /** What tells a document apart from every other: its source URL and date, or its path. */
  public static final Property sourceIdentifier = property("sourceIdentifier");

  /** The version of spkg that ran an ingest (on a prov:Activity in the meta graph). */
  public static final Property softwareVersion = property("softwareVersion");
}
