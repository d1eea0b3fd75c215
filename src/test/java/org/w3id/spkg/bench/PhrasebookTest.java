package org.w3id.spkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;

class PhrasebookTest {

  private static final Phrasebook WORDS = Phrasebook.load();
  private static ReferenceNames reference;

  @BeforeAll
  static void read() {
    reference =
        ReferenceNames.of(
            OntologyFiles.at(TestFiles.ONTOLOGY).reference(), Set.copyOf(WORDS.definiteNations()));
  }

  @Test
  void wordsOfInventedNames_andOfficialsNames_areNoNameTheReferenceDataKnows() {
    List<String> words = new ArrayList<>();
    words.addAll(WORDS.qualifiers());
    words.addAll(WORDS.domains());
    words.addAll(WORDS.functions());
    words.addAll(WORDS.givenNames());
    words.addAll(WORDS.surnames());
    for (String word : words) {
      assertThat(word).matches("\\p{Lu}\\p{Ll}+");
      assertThat(reference.surfaces.stream().map(s -> s.toLowerCase(Locale.ROOT)))
          .as(word)
          .doesNotContain(word.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void onlyTheLastWordOfAnInventedName_isAHeadWord() {
    Map<String, String> heads = new TreeMap<>();
    WORDS.heads().forEach(h -> heads.put(h.split("\t")[0], h.split("\t")[1]));
    assertThat(heads).hasSize(WORDS.heads().size());
    for (List<String> list : List.of(WORDS.qualifiers(), WORDS.domains(), WORDS.functions())) {
      assertThat(list).doesNotContainAnyElementsOf(heads.keySet());
    }
  }

  @Test
  void definiteNations_andRegions_areInTheReferenceData() {
    for (String code : WORDS.definiteNations()) {
      assertThat(reference.nation(code)).as(code).isPresent();
    }
    assertThat(reference.regions).containsAll(WORDS.definiteRegions());
  }

  @Test
  void referenceNames_giveTheGeneratorWhatItNeeds() {
    assertThat(reference.nations).hasSizeGreaterThan(150);
    assertThat(reference.spaceFaringNations).hasSizeGreaterThan(20);
    assertThat(reference.nation("US").orElseThrow().actor().definite()).isTrue();
    assertThat(reference.nation("JP").orElseThrow().adjective()).contains("Japanese");
    assertThat(reference.councils).contains("National Space Council");
    assertThat(reference.officeTitles).contains("Vice President", "Secretary of State");
    assertThat(reference.agreements).contains("Artemis Accords");
    assertThat(reference.cities).doesNotContain("Washington, D.C.");
    assertThat(reference.hostCities).contains("Washington, D.C.");
  }

  @Test
  void initiativeOpenings_defineWhatTheFollowingSentencesSpeakOf() {
    for (String kind :
        List.of("open-one", "open-two", "open-auspices", "open-cooperation", "open-hosted")) {
      assertThat(WORDS.templates(kind)).as(kind).allMatch(t -> t.contains("{define}"));
    }
    assertThat(WORDS.templates("open-reference")).allMatch(t -> t.contains("{ref}"));
    for (String kind :
        List.of(
            "open-reference", "follow-reference", "open-plain", "follow-plain", "follow-signed")) {
      assertThat(WORDS.templates(kind))
          .as(kind)
          .noneMatch(t -> t.contains("{acr}") || t.contains("{name}") || t.contains("{define}"));
    }
  }

  /** Every template of every kind fills without an unknown or unfilled slot. */
  @TestFactory
  Stream<DynamicTest> everyTemplate_fills() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, List<String>> kind : new TreeMap<>(WORDS.templates()).entrySet()) {
      for (int i = 0; i < kind.getValue().size(); i++) {
        String template = kind.getValue().get(i);
        tests.add(
            DynamicTest.dynamicTest(
                kind.getKey() + " " + (i + 1),
                () -> {
                  String filled = filler().fill(template);
                  assertThat(filled).doesNotContain("{").doesNotContain("}").doesNotContain(" | ");
                }));
      }
    }
    for (String directive : WORDS.directives()) {
      tests.add(
          DynamicTest.dynamicTest(
              "directive " + directive,
              () -> assertThat(filler().fill(directive)).doesNotContain("{")));
    }
    return tests.stream();
  }

  private static TemplateFiller filler() {
    DocumentCast cast = new DocumentCast(reference, WORDS, new SplittableRandom(3));
    TemplateFiller filler = new TemplateFiller(cast, WORDS, reference);
    InventedPrograms.Program program =
        new InventedPrograms.Program("Lunar Surface Relay Initiative", "LSRI", "Partnership");
    filler.scene(
        new TemplateFiller.Scene(
            cast.agency(Set.of()),
            List.of(cast.usAgency(Set.of()), cast.partner().actor()),
            cast.partner(),
            Optional.of(program),
            Optional.of(reference.programs.get(0))));
    return filler;
  }
}
