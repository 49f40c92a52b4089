package dev.preflight.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelled one ({@code assistent} -> {@code assistant}), for
 * the suggestions of violations.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * The candidate closest to {@code input} by edit distance (ignoring case, and counting a swap of
   * two neighbouring letters as one edit), if it is close enough to be a plausible typo: at most a
   * third of the input's length, and at least one edit for inputs of up to five characters.
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty()) {
      return Optional.empty();
    }
    String needle = input.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, needle.length() / 3);
    Rows rows = new Rows();
    // For ASCII, the letters of the needle, to rule candidates out by their letters alone.
    int[] letters = isAscii(needle) ? new int[0x80] : null;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate == null || candidate.equals(input)) {
        continue;
      }
      int distance;
      if (isAscii(candidate)) {
        // Lowered as it is read, without a lowered copy. A candidate that cannot be within the
        // limit (by length, or by the letters it lacks or adds) is not compared: it could not be
        // the answer.
        if (Math.abs(needle.length() - candidate.length()) > limit
            || (letters != null && letterDistance(needle, candidate, letters) > limit)) {
          continue;
        }
        distance = distance(needle, candidate, true, limit, rows);
      } else {
        distance = distance(needle, candidate.toLowerCase(Locale.ROOT), false, limit, rows);
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * A lower bound of the distance of two ASCII words, {@code b} lowered as it is read: the larger
   * of the number of letters {@code a} has that {@code b} lacks and the reverse (counted with
   * repetition). An insertion, deletion or substitution changes each count by at most one, and a
   * swap changes neither. {@code counts} is all zeros, and is again on return.
   */
  static int letterDistance(String a, String b, int[] counts) {
    for (int i = 0; i < a.length(); i++) {
      counts[a.charAt(i)]++;
    }
    for (int i = 0; i < b.length(); i++) {
      counts[charAt(b, i, true)]--;
    }
    int onlyInA = 0;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (counts[c] > 0) {
        onlyInA += counts[c];
        counts[c] = 0;
      }
    }
    int onlyInB = 0;
    for (int i = 0; i < b.length(); i++) {
      char c = charAt(b, i, true);
      if (counts[c] < 0) {
        onlyInB -= counts[c];
        counts[c] = 0;
      }
    }
    // Every count touched was positive (a letter of a), negative (of b) or zero: all zero again.
    return Math.max(onlyInA, onlyInB);
  }

  /**
   * Optimal string alignment distance, abandoned early (returning {@code limit + 1}) once it
   * exceeds {@code limit}, so that long inputs cost little.
   */
  static int distance(String a, String b, int limit) {
    return distance(a, b, false, limit, new Rows());
  }

  /** The three rows of the distance table, kept from one candidate to the next. */
  private static final class Rows {
    int[] previous2 = new int[0];
    int[] previous = new int[0];
    int[] current = new int[0];

    void ensure(int length) {
      if (current.length < length) {
        previous2 = new int[length];
        previous = new int[length];
        current = new int[length];
      }
    }
  }

  /** {@link #distance(String, String, int)}, with {@code b} lowered as it is read when asked. */
  private static int distance(String a, String b, boolean lowerB, int limit, Rows rows) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    rows.ensure(b.length() + 1);
    int[] previous2 = rows.previous2;
    int[] previous = rows.previous;
    int[] current = rows.current;
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        char bj = charAt(b, j - 1, lowerB);
        int cost = ai == bj ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ai == charAt(b, j - 2, lowerB) && a.charAt(i - 2) == bj) {
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

  private static char charAt(String text, int index, boolean lower) {
    char c = text.charAt(index);
    return lower && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
