package dev.preflight.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written matchers of the built-in rules accept exactly what the regexes they replaced
 * matched (with {@code Matcher.matches()}, i.e. the whole string).
 */
class RegexFreeMatchersTest {
  private static final Pattern TOKEN_ID = Pattern.compile("[0-9]+");
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9 _-]{1,64}");
  private static final Pattern DECIMAL =
      Pattern.compile("(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  private static final int RANDOM_STRINGS = 250_000;

  @Test
  void tokenIdEdgeCasesAgreeWithTheRegex() {
    List<String> cases =
        List.of(
            "",
            "0",
            "9",
            "00",
            "50256",
            "/",
            ":",
            "-1",
            "+1",
            " 1",
            "1 ",
            "1.0",
            "1e3",
            "a",
            "١",
            "٣٤",
            "０",
            "1١",
            "12345678901234567890123",
            "delve",
            "\n",
            "1\n");
    for (String key : cases) {
      assertThat(LogitBiasFormatRule.isTokenId(key))
          .as("'%s'", key)
          .isEqualTo(TOKEN_ID.matcher(key).matches());
    }
  }

  @Test
  void tokenIdRandomStringsAgreeWithTheRegex() {
    String[] alphabet = {"0", "5", "9", "1", "/", ":", "-", "+", " ", "a", ".", "١", "０"};
    Random random = new Random(1L);
    int accepted = 0;
    for (int n = 0; n < RANDOM_STRINGS; n++) {
      String key = randomString(random, alphabet, 4, 7);
      boolean expected = TOKEN_ID.matcher(key).matches();
      assertThat(LogitBiasFormatRule.isTokenId(key)).as("'%s'", key).isEqualTo(expected);
      if (expected) {
        accepted++;
      }
    }
    assertThat(accepted).as("accepted strings").isBetween(10_000, RANDOM_STRINGS - 10_000);
  }

  @Test
  void advisorNameEdgeCasesAgreeWithTheRegex() {
    List<String> cases = new ArrayList<>();
    cases.addAll(
        List.of(
            "",
            "a",
            "z",
            "A",
            "Z",
            "0",
            "9",
            " ",
            "_",
            "-",
            "@",
            "[",
            "`",
            "{",
            "/",
            ":",
            "^",
            "\\",
            "\t",
            "\n",
            "é",
            "É",
            "١",
            "ａ",
            "😀",
            "architect",
            "security-reviewer",
            "architect ",
            " a_b-C 9",
            "a.b",
            "a+b",
            "a\u0000b"));
    cases.add("a".repeat(63));
    cases.add("a".repeat(64));
    cases.add("a".repeat(65));
    cases.add("_".repeat(64));
    cases.add(" ".repeat(65));
    cases.add("a".repeat(63) + "!");
    cases.add("a".repeat(62) + "😀");
    cases.add("😀".repeat(32));
    for (String name : cases) {
      assertThat(AdvisorNamesRule.isValidName(name))
          .as("'%s'", name)
          .isEqualTo(NAME.matcher(name).matches());
    }
  }

  @Test
  void advisorNameRandomStringsAgreeWithTheRegex() {
    String[] alphabet = {
      "a", "m", "z", "A", "M", "Z", "0", "5", "9", " ", "_", "-", "@", "[", "`", "{", "/", ":", "^",
      ".", "\t", "é", "١", "ａ", "😀"
    };
    Random random = new Random(2L);
    int accepted = 0;
    for (int n = 0; n < RANDOM_STRINGS; n++) {
      String name = randomString(random, alphabet, 12, 70);
      boolean expected = NAME.matcher(name).matches();
      assertThat(AdvisorNamesRule.isValidName(name)).as("'%s'", name).isEqualTo(expected);
      if (expected) {
        accepted++;
      }
    }
    assertThat(accepted).as("accepted strings").isBetween(10_000, RANDOM_STRINGS - 10_000);
  }

  @Test
  void decimalEdgeCasesAgreeWithTheRegex() {
    List<String> cases =
        List.of(
            "",
            "0",
            "9",
            ".",
            "1.",
            ".5",
            "1.5",
            "10.",
            "00.00",
            "..5",
            "1..",
            "1.2.3",
            "e",
            "E",
            "1e",
            "1E",
            "1e+",
            "1e-",
            "1e5",
            "1E-5",
            "1e+05",
            "1e5.",
            "1e5e5",
            ".e5",
            ".5e5",
            "1.e5",
            "e5",
            "+1",
            "-1",
            " 1",
            "1 ",
            "1,5",
            "$1",
            "١",
            "٣.٥",
            "1ｅ5",
            "ｅ",
            "０",
            "1e١",
            "Infinity",
            "NaN",
            "0x10",
            "1f",
            "1d",
            "1_000",
            "\n1",
            "1\n");
    for (String text : cases) {
      assertThat(MaxPriceFormatRule.isNonNegativeDecimal(text))
          .as("'%s'", text)
          .isEqualTo(DECIMAL.matcher(text).matches());
    }
  }

  @Test
  void decimalRandomStringsAgreeWithTheRegex() {
    String[] alphabet = {
      "0", "7", "9", ".", "e", "E", "+", "-", "1", "5", ",", "$", " ", "/", ":", "x", "١", "ｅ"
    };
    Random random = new Random(3L);
    int accepted = 0;
    for (int n = 0; n < RANDOM_STRINGS; n++) {
      String text = randomString(random, alphabet, 10, 8);
      boolean expected = DECIMAL.matcher(text).matches();
      assertThat(MaxPriceFormatRule.isNonNegativeDecimal(text))
          .as("'%s'", text)
          .isEqualTo(expected);
      if (expected) {
        accepted++;
      }
    }
    assertThat(accepted).as("accepted strings").isBetween(10_000, RANDOM_STRINGS - 10_000);
  }

  /**
   * A string of 0 to {@code maxLength} elements of {@code alphabet}; half of the strings use only
   * its first {@code validCount} elements (the characters the regex accepts), so that enough of
   * them match.
   */
  private static String randomString(
      Random random, String[] alphabet, int validCount, int maxLength) {
    int bound = random.nextBoolean() ? validCount : alphabet.length;
    int length = random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet[random.nextInt(bound)]);
    }
    return text.toString();
  }
}
