package dev.preflight.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link RuleMetadata#isValidId} accepts exactly what the regex it replaced matched. */
class RuleIdMatcherTest {
  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*");

  @Test
  void edgeCasesAgreeWithTheRegex() {
    List<String> cases =
        List.of(
            "",
            "a",
            "z",
            "0",
            "9",
            "-",
            "/",
            "A",
            "_",
            " ",
            "`",
            "{",
            ":",
            ".",
            "a-",
            "-a",
            "a/",
            "/a",
            "a--b",
            "a//b",
            "a-/b",
            "a/-b",
            "a-b",
            "a/b",
            "a-b/c-d",
            "a/b/c",
            "stop-max-sequences",
            "logit-bias-format",
            "Stop",
            "a b",
            "a_b",
            "a.b",
            "١",
            "ａ",
            "é",
            "a\n",
            "\na",
            "0-0/0",
            "aa--",
            "a-b-",
            "ab/cd-ef/gh");
    for (String id : cases) {
      assertThat(RuleMetadata.isValidId(id)).as("'%s'", id).isEqualTo(ID.matcher(id).matches());
    }
    assertThat(RuleMetadata.isValidId("a-b/c-d")).isTrue();
    assertThat(RuleMetadata.isValidId("a--b")).isFalse();
  }

  @Test
  void randomStringsAgreeWithTheRegex() {
    String[] alphabet = {
      "a", "m", "z", "0", "5", "9", "-", "/", "-", "/", "a", "0", "A", "Z", "_", ".", " ", "`", "{",
      ":", "١", "ａ"
    };
    Random random = new Random(20261126L);
    int accepted = 0;
    for (int n = 0; n < 250_000; n++) {
      StringBuilder text = new StringBuilder();
      boolean validOnly = random.nextBoolean();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(validOnly ? 10 : alphabet.length)]);
      }
      String id = text.toString();
      boolean expected = ID.matcher(id).matches();
      assertThat(RuleMetadata.isValidId(id)).as("'%s'", id).isEqualTo(expected);
      if (expected) {
        accepted++;
      }
    }
    assertThat(accepted).as("accepted strings").isBetween(10_000, 240_000);
  }
}
