package org.w3id.spkg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Invented program names with their acronyms, "Lunar Surface Relay Initiative (LSRI)": four words
 * from the qualifier, domain, function and head lists, the acronym their initials.
 *
 * <p>The n-th program of a seed is a function of the seed and n alone. Each acronym (a sequence of
 * four initials) belongs to one name, so the same acronym never names two programs; a seed
 * enumerates acronyms in its own order (a keyed permutation, walked past acronyms the reference
 * data uses), so the first {@link #capacity()} programs of a seed are all different. Beyond that
 * the names come round again, the same name with the same acronym, as a program recurs across
 * documents.
 */
final class InventedPrograms {

  /**
   * An invented program.
   *
   * @param name its full name
   * @param acronym the initials of its words
   * @param kind the local name of the spkg class its head word gives it
   */
  record Program(String name, String acronym, String kind) {}

  /** The words of one position in a name, grouped by initial. */
  private record Slot(char[] initials, List<List<String>> words) {
    static Slot of(List<String> entries) {
      TreeMap<Character, List<String>> byInitial = new TreeMap<>();
      for (String entry : entries) {
        byInitial.computeIfAbsent(entry.charAt(0), c -> new ArrayList<>()).add(entry);
      }
      char[] initials = new char[byInitial.size()];
      int i = 0;
      for (char c : byInitial.keySet()) {
        initials[i++] = c;
      }
      return new Slot(initials, List.copyOf(byInitial.values()));
    }

    int indexOf(char initial) {
      return Arrays.binarySearch(initials, initial);
    }
  }

  private static final int ROUNDS = 3;

  private final List<Slot> slots;
  private final Map<String, String> kindOf;
  private final long capacity;
  private final long[] reserved;
  private final long mask;
  private final int shift;
  private final long[] xors = new long[ROUNDS];
  private final long[] multipliers = new long[ROUNDS];
  private final long wordKey;

  /**
   * @param heads lines "Head&lt;TAB&gt;Class"
   * @param taken names the reference data uses: no acronym equals one of them in any case
   */
  InventedPrograms(
      List<String> qualifiers,
      List<String> domains,
      List<String> functions,
      List<String> heads,
      Set<String> taken,
      long seed) {
    List<String> headWords = new ArrayList<>();
    Map<String, String> kinds = new TreeMap<>();
    for (String line : heads) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            "heads.txt: expected 'Head<TAB>Class', got '" + line + "'");
      }
      headWords.add(parts[0]);
      kinds.put(parts[0], parts[1]);
    }
    this.slots =
        List.of(Slot.of(qualifiers), Slot.of(domains), Slot.of(functions), Slot.of(headWords));
    this.kindOf = Map.copyOf(kinds);
    long c = 1;
    for (Slot s : slots) {
      c *= s.initials().length;
    }
    this.capacity = c;
    this.reserved = reservedIndices(taken);
    int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(capacity - 1));
    this.mask = (1L << bits) - 1;
    this.shift = bits / 2;
    SplittableRandom keys = new SplittableRandom(seed);
    for (int r = 0; r < ROUNDS; r++) {
      xors[r] = keys.nextLong() & mask;
      multipliers[r] = (keys.nextLong() | 1L) & mask;
    }
    this.wordKey = keys.nextLong();
  }

  /** How many different programs a seed has before names come round again. */
  long capacity() {
    return capacity - reserved.length;
  }

  /** The {@code ordinal}-th program of the seed, from 0. */
  Program program(long ordinal) {
    long x = Math.floorMod(ordinal, capacity());
    for (long r : reserved) {
      if (r > x) {
        break;
      }
      x++;
    }
    long y = permute(x);
    while (y >= capacity || Arrays.binarySearch(reserved, y) >= 0) {
      y = permute(y);
    }
    return decode(y);
  }

  /** A bijection of [0, 2^bits): cycle-walking it keeps the acronyms distinct. */
  private long permute(long x) {
    for (int r = 0; r < ROUNDS; r++) {
      x = (x ^ xors[r]) & mask;
      x = (x * multipliers[r]) & mask;
      x ^= x >>> shift;
    }
    return x;
  }

  private Program decode(long index) {
    StringBuilder name = new StringBuilder();
    StringBuilder acronym = new StringBuilder();
    long rest = index;
    String head = null;
    for (int i = slots.size() - 1; i >= 0; i--) {
      Slot slot = slots.get(i);
      int letter = (int) (rest % slot.initials().length);
      rest /= slot.initials().length;
      List<String> words = slot.words().get(letter);
      String word = words.get(pick(index, i, words.size()));
      name.insert(0, name.length() == 0 ? word : word + " ");
      acronym.insert(0, slot.initials()[letter]);
      if (i == slots.size() - 1) {
        head = word;
      }
    }
    return new Program(name.toString(), acronym.toString(), kindOf.get(head));
  }

  /** Which of {@code n} words with the same initial a name takes: fixed by seed and acronym. */
  private int pick(long index, int slot, int n) {
    if (n == 1) {
      return 0;
    }
    long h = new SplittableRandom(wordKey ^ (index * 31 + slot)).nextLong();
    return (int) Math.floorMod(h, (long) n);
  }

  /** The indices whose acronym spells a name already taken, sorted. */
  private long[] reservedIndices(Set<String> taken) {
    List<Long> found = new ArrayList<>();
    for (String name : taken) {
      String upper = name.toUpperCase(Locale.ROOT);
      if (upper.length() != slots.size() || !upper.chars().allMatch(Character::isLetter)) {
        continue;
      }
      long index = 0;
      for (int i = 0; i < slots.size() && index >= 0; i++) {
        int letter = slots.get(i).indexOf(upper.charAt(i));
        index = letter < 0 ? -1 : index * slots.get(i).initials().length + letter;
      }
      if (index >= 0 && !found.contains(index)) {
        found.add(index);
      }
    }
    return found.stream().mapToLong(Long::longValue).sorted().toArray();
  }
}
