package org.w3id.spkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventedProgramsTest {

  private static final Phrasebook WORDS = Phrasebook.load();

  private static InventedPrograms programs(long seed, Set<String> taken) {
    return new InventedPrograms(
        WORDS.qualifiers(), WORDS.domains(), WORDS.functions(), WORDS.heads(), taken, seed);
  }

  @Test
  void aSeed_hasTensOfThousandsOfDistinctPrograms_eachNamedByItsInitials() {
    InventedPrograms p = programs(42, Set.of());
    assertThat(p.capacity()).isGreaterThan(80_000);
    Set<String> acronyms = new HashSet<>();
    for (long i = 0; i < 40_000; i++) {
      InventedPrograms.Program program = p.program(i);
      assertThat(acronyms.add(program.acronym())).as(program.toString()).isTrue();
      StringBuilder initials = new StringBuilder();
      for (String word : program.name().split(" ")) {
        initials.append(word.charAt(0));
      }
      assertThat(program.acronym()).isEqualTo(initials.toString()).hasSize(4);
    }
  }

  @Test
  void takenNames_areNeverAnAcronym_inAnyCase() {
    InventedPrograms free = programs(5, Set.of());
    Set<String> taken = Set.of(free.program(0).acronym(), "Lsri", free.program(7).acronym());
    InventedPrograms p = programs(5, taken);
    assertThat(p.capacity()).isLessThanOrEqualTo(free.capacity() - 2);
    for (long i = 0; i < p.capacity(); i++) {
      String acronym = p.program(i).acronym();
      assertThat(acronym).isNotIn(taken).isNotEqualTo("LSRI");
    }
  }

  @Test
  void theSameSeed_givesTheSamePrograms_anotherSeedOthers() {
    List<InventedPrograms.Program> a =
        List.of(programs(1, Set.of()).program(0), programs(1, Set.of()).program(9));
    List<InventedPrograms.Program> b =
        List.of(programs(1, Set.of()).program(0), programs(1, Set.of()).program(9));
    List<InventedPrograms.Program> c =
        List.of(programs(2, Set.of()).program(0), programs(2, Set.of()).program(9));
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void beyondCapacity_programsComeRoundAgain_withTheSameName() {
    InventedPrograms p = programs(3, Set.of());
    assertThat(p.program(p.capacity() + 17)).isEqualTo(p.program(17));
  }

  @Test
  void everyHeadWord_givesAClassName() {
    InventedPrograms p = programs(8, Set.of());
    for (long i = 0; i < 2_000; i++) {
      assertThat(p.program(i).kind()).isNotBlank();
    }
  }
}
