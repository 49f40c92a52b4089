package dev.preflight.rules.builtin;

import static dev.preflight.rules.builtin.RuleTester.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import org.junit.jupiter.api.Test;

class AdvisorNamesRuleTest {
  private final RuleTester tester = RuleTester.of(new AdvisorNamesRule());

  private static String advisors(String roster) {
    return "{'tools': [{'type': 'openrouter:datetime'},"
        + " {'type': 'openrouter:advisor', 'parameters': {'advisors': ["
        + roster
        + "]}}]}";
  }

  @Test
  void validRoster() {
    tester.accepts(advisors("{'name': 'architect'}, {'name': 'Security reviewer_2'}"));
    tester.accepts(advisors("{'name': '" + text(64, 'a') + "'}, {'model': 'x'}"));
    tester.accepts("{'tools': [{'type': 'openrouter:advisor'}]}");
  }

  @Test
  void namesOf65CharactersAreTooLong() {
    tester.rejects(
        advisors("{'name': '" + text(65, 'a') + "'}"),
        Severity.ERROR,
        "/tools/1/parameters/advisors/0/name",
        "advisor name has 65 characters; at most 64 are allowed");
  }

  @Test
  void namesWithOtherCharactersOrEmpty() {
    tester.rejects(
        advisors("{'name': 'code.reviewer'}"),
        Severity.ERROR,
        "/tools/1/parameters/advisors/0/name",
        "advisor name 'code.reviewer' does not match ^[a-zA-Z0-9 _-]{1,64}$");
    tester.rejects(
        advisors("{'name': ''}"),
        Severity.ERROR,
        "/tools/1/parameters/advisors/0/name",
        "advisor name '' does not match");
  }

  @Test
  void namesMustBeUniqueAfterTrimming() {
    tester.rejects(
        advisors("{'name': 'architect'}, {'name': ' architect '}"),
        Severity.ERROR,
        "/tools/1/parameters/advisors/1/name",
        "advisor name ' architect ' is already used at /tools/1/parameters/advisors/0/name");
  }

  @Test
  void atMostOneAdvisorWithoutName() {
    tester.rejects(
        advisors("{'model': 'a'}, {'name': 'b'}, {'name': null}"),
        Severity.ERROR,
        "/tools/1/parameters/advisors/2",
        "a second advisor without a name",
        "/tools/1/parameters/advisors/0");
  }

  @Test
  void wrongTypesAreSkipped() {
    assertThat(tester.check(advisors("'architect', {'name': 5}"))).isEmpty();
    tester.accepts("{'tools': [{'type': 'openrouter:advisor', 'parameters': {'advisors': 'x'}}]}");
  }
}
