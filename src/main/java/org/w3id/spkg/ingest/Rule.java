package org.w3id.spkg.ingest;

import org.w3id.spkg.vocab.EntityIris;

/**
 * The ingester's extraction rules, each with the confidence its facts get. Their descriptions live
 * in {@code ontology/reference/rules.ttl} (a test keeps the two in step); the IRI of a rule is
 * {@code https://w3id.org/spkg/id/rule/{key}}.
 */
enum Rule {
  DOCUMENT_STRUCTURE("document-structure", "1.0"),
  RELEVANCE_GATE("relevance-gate", "0.9"),
  BOLD_LED_INITIATIVE("bold-led-initiative", "0.95"),
  ACRONYM_DEFINITION("acronym-definition", "0.9"),
  CAPITALISED_NAME("capitalised-name", "0.7"),
  QUOTED_TITLE("quoted-title", "0.8"),
  COINED_NAME("coined-name", "0.6"),
  MEETING_NAME("meeting-name", "0.75"),
  ORDER_NAME("order-name", "0.8"),
  REGION_PART("region-part", "0.75"),
  LISTED_COMPANY("listed-company", "0.65"),
  NUMBERED_MISSION("numbered-mission", "0.75"),
  DESCRIBED_COMPANY("described-company", "0.75"),
  DESCRIPTOR_COMPANY("descriptor-company", "0.7"),
  OFFICE_BODY("office-body", "0.75"),
  ORDER_SIGNATURE("order-signature", "0.85"),
  ITEM_SUBJECT("item-subject", "0.7"),
  PERSON_WITH_OFFICE("person-with-office", "0.9"),
  INITIATIVE_LEAD("initiative-lead", "0.85"),
  PARTICIPATION_VERB("participation-verb", "0.85"),
  ADDING_MEMBERS("adding-members", "0.8"),
  UNDER_AUSPICES("under-auspices", "0.8"),
  SIGNED_BY("signed-by", "0.85"),
  AS_MEMBERS("as-members", "0.75"),
  WORK_THROUGH("work-through", "0.7"),
  NEGOTIATIONS("negotiations", "0.7"),
  CONVENES_MEETING("convenes-meeting", "0.8"),
  MEMBERS_INCLUDE("members-include", "0.75"),
  HOLDS_DIALOGUE("holds-dialogue", "0.7"),
  PARTICIPATED_IN("participated-in", "0.75"),
  JOINED_BY("joined-by", "0.7"),
  COMPOSED_OF("composed-of", "0.85"),
  DELEGATES("delegates", "0.7"),
  IN_COORDINATION_WITH("in-coordination-with", "0.75"),
  PARTNERING("partnering", "0.8"),
  COOPERATION_WITH("cooperation-with", "0.7"),
  COLLABORATION_INCLUDING("collaboration-including", "0.7"),
  CONTRIBUTION("contribution", "0.75"),
  HOSTED_PAYLOAD("hosted-payload", "0.75"),
  LOCATION("location", "0.8"),
  DIRECTIVE_LIST("directive-list", "0.9"),
  DIRECTIVE_INLINE("directive-inline", "0.8"),
  COMMITMENT("commitment", "0.7"),
  MEETING("meeting", "0.85"),
  ANNOUNCEMENT("announcement", "0.85"),
  PLANNED_MILESTONE("planned-milestone", "0.7"),
  PAST_ACTION("past-action", "0.65"),
  MONETARY_AMOUNT("monetary-amount", "0.85"),
  COUNT("count", "0.75"),
  PERCENTAGE("percentage", "0.75"),
  PAST_EVENT("past-event", "0.6"),
  OFFICE_TITLE("office-title", "0.75"),
  HOST("host", "0.75"),
  FUNDING("funding", "0.7"),
  FOUNDING("founding", "0.75"),
  NAMED_UNDERTAKING("named-undertaking", "0.65"),
  POSSESSIVE("possessive", "0.65"),
  UNDERTAKING("undertaking", "0.75"),
  ANNOUNCED_COMMITMENT("announced-commitment", "0.8"),
  SIGNED_UNDERTAKING("signed-undertaking", "0.75"),
  ORDER_SHALL("order-shall", "0.85"),
  DIRECTS("directs", "0.8"),
  POLICY_ELEMENT("policy-element", "0.75"),
  COOPERATION_ON("cooperation-on", "0.65"),
  COALITION_MEMBERS("coalition-members", "0.7"),
  GENERIC_PARTICIPANT("generic-participant", "0.4"),
  POSSESSIVE_ROLE("possessive-role", "0.7"),
  COMPOUND_NAME("compound-name", "0.65"),
  PARTNER_WITH("partner-with", "0.7"),
  LED_BY("led-by", "0.75"),
  COPULAR_POSSESSIVE("copular-possessive", "0.7"),
  BUILT_BY("built-by", "0.75"),
  PARTNERSHIP_BETWEEN("partnership-between", "0.7"),
  JOINT_POSSESSIVE("joint-possessive", "0.65"),
  OWN_PRONOUN("own-pronoun", "0.65"),
  POSSESSIVE_ACTION("possessive-action", "0.7");

  final String key;
  final String confidence;

  Rule(String key, String confidence) {
    this.key = key;
    this.confidence = confidence;
  }

  String iri() {
    return EntityIris.entity("rule", key);
  }
}
