package dev.preflight.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  @Test
  void suggestsThePlausibleTypo() {
    assertThat(DidYouMean.closest("assistent", List.of("system", "assistant", "user")))
        .contains("assistant");
    assertThat(DidYouMean.closest("TEMPRATURE", List.of("top_p", "temperature")))
        .contains("temperature");
    assertThat(DidYouMean.closest("tpo_p", List.of("top_p"))).contains("top_p");
    assertThat(DidYouMean.closest("banana", List.of("temperature", "seed"))).isEmpty();
    assertThat(DidYouMean.closest("seed", List.of("seed"))).isEmpty();
    assertThat(DidYouMean.closest("", List.of("seed"))).isEmpty();
  }

  @Test
  void casesAreIgnoredAsStringLowerCasingIgnoresThem() {
    // U+0130 lowers to two characters, a final sigma to its own letter: only the String's own
    // lowering gives these distances.
    assertThat(DidYouMean.closest("i\u0307stanbul", List.of("\u0130STANBUL")))
        .contains("\u0130STANBUL");
    assertThat(DidYouMean.closest("\u03bf\u03b4\u03bf\u03c2", List.of("\u039f\u0394\u039f\u03a3")))
        .contains("\u039f\u0394\u039f\u03a3");
  }

  /** The answers of the first implementation, which lowered every candidate before comparing. */
  @Test
  void answersAsComparingLoweredCopiesDoes() {
    answersAsTheReference("abcdeABCDE_-\u00e9\u00c9\u0130\u03a3\u03c3", 3);
    answersAsTheReference("aeiourstAEIOURST_", 4);
  }

  @Test
  void lettersBoundTheDistanceFromBelow() {
    Random random = new Random(9);
    int[] counts = new int[0x80];
    for (int round = 0; round < 20_000; round++) {
      String a = word(random, "abcdeab_", random.nextInt(10));
      String b = mutate(a, random, "abcdeABCDE_");
      int distance = DidYouMean.distance(a, b.toLowerCase(Locale.ROOT), 100);
      assertThat(DidYouMean.letterDistance(a, b, counts))
          .as("%s %s", a, b)
          .isLessThanOrEqualTo(distance);
      assertThat(counts).containsOnly(0);
    }
    assertThat(DidYouMean.letterDistance("temprature", "TEMPERATURE", counts)).isEqualTo(1);
    assertThat(DidYouMean.letterDistance("abc", "xyz", counts)).isEqualTo(3);
    assertThat(DidYouMean.letterDistance("ab", "ba", counts)).isZero();
  }

  private static void answersAsTheReference(String alphabet, long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 20_000; round++) {
      String input = word(random, alphabet, 1 + random.nextInt(12));
      List<String> candidates = new ArrayList<>();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        candidates.add(
            random.nextBoolean()
                ? mutate(input, random, alphabet)
                : word(random, alphabet, random.nextInt(14)));
      }
      if (random.nextInt(10) == 0) {
        candidates.add(null);
      }
      assertThat(DidYouMean.closest(input, candidates))
          .as("%s in %s", input, candidates)
          .isEqualTo(reference(input, candidates));
    }
  }

  private static String word(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private static String mutate(String input, Random random, String alphabet) {
    StringBuilder out = new StringBuilder(input);
    int edits = random.nextInt(4);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0:
          out.deleteCharAt(at);
          break;
        case 1:
          out.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          break;
        case 2:
          out.setCharAt(at, Character.toUpperCase(out.charAt(at)));
          break;
        default:
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
      }
    }
    return out.toString();
  }

  private static Optional<String> reference(String input, List<String> candidates) {
    if (input == null || input.isEmpty()) {
      return Optional.empty();
    }
    String needle = input.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, needle.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate == null || candidate.equals(input)) {
        continue;
      }
      int distance = referenceDistance(needle, candidate.toLowerCase(Locale.ROOT), limit);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  private static int referenceDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous2 = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        rowMinimum = Math.min(rowMinimum, value);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
