package dev.preflight.rules.builtin;

import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleContext;
import dev.preflight.rules.RuleMetadata;
import dev.preflight.rules.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code advisor-names}: the advisors of an {@code openrouter:advisor} tool have valid, unique
 * names, and at most one has none.
 */
public final class AdvisorNamesRule implements Rule {
  static final String ADVISOR_TOOL = "openrouter:advisor";
  static final int MAX_LENGTH = 64;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder("advisor-names")
          .defaultSeverity(Severity.ERROR)
          .summary("advisor names are 1 to 64 of `[a-zA-Z0-9 _-]`, unique, at most one unnamed")
          .description(
              """
              The `openrouter:advisor` tool takes a roster of advisor profiles \
              (`parameters.advisors`); the executor model picks one by passing its `name`. A \
              name is 1 to 64 letters, digits, spaces, underscores or dashes, and names must be \
              unique after trimming surrounding spaces, or the executor could not tell the \
              profiles apart. For the same reason at most one profile may go without a name.""")
          .source(
              "OpenAPI spec, AdvisorProfile.name: \"Must be unique within the `advisors` roster."
                  + " Letters, digits, underscores, and dashes; 1–64 chars.\";"
                  + " AdvisorServerToolConfig.advisors: \"Profile names must be unique.\"")
          .validExample(
              """
              {
                "model": "openai/gpt-5.4-mini",
                "messages": [{"role": "system", "content": "Consult an advisor on hard questions."}],
                "tools": [
                  {
                    "type": "openrouter:advisor",
                    "parameters": {
                      "advisors": [
                        {"name": "architect", "model": "anthropic/claude-opus-4.1"},
                        {"name": "security-reviewer", "model": "openai/gpt-5.4"}
                      ]
                    }
                  }
                ]
              }
              """)
          .invalidExample(
              """
              {
                "model": "openai/gpt-5.4-mini",
                "messages": [{"role": "system", "content": "Consult an advisor on hard questions."}],
                "tools": [
                  {
                    "type": "openrouter:advisor",
                    "parameters": {
                      "advisors": [
                        {"name": "architect", "model": "anthropic/claude-opus-4.1"},
                        {"name": "architect ", "model": "openai/gpt-5.4"}
                      ]
                    }
                  }
                ]
              }
              """)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public void check(RuleContext context) {
    for (Located tool : BodyParts.tools(context.body(), ADVISOR_TOOL)) {
      Located parameters = BodyParts.parameters(tool);
      if (parameters != null) {
        checkRoster(context, parameters.member("advisors"));
      }
    }
  }

  private static void checkRoster(RuleContext context, Located advisors) {
    Map<String, String> firstByName = new HashMap<>();
    String firstUnnamed = null;
    for (Located advisor : BodyParts.elements(advisors)) {
      if (!advisor.node().isObject()) {
        continue;
      }
      Located name = advisor.member("name");
      if (name == null) {
        if (firstUnnamed != null) {
          context.report(
              advisor.pointer(),
              "a second advisor without a name; the advisor at "
                  + firstUnnamed
                  + " has none either, and at most one may go unnamed",
              "give this advisor a name");
        } else {
          firstUnnamed = advisor.pointer();
        }
        continue;
      }
      if (!name.node().isString()) {
        continue;
      }
      String text = name.node().stringValue();
      int length = text.codePointCount(0, text.length());
      if (length > MAX_LENGTH) {
        context.report(
            name.pointer(),
            "advisor name has " + length + " characters; at most " + MAX_LENGTH + " are allowed");
      } else if (!isValidName(text)) {
        context.report(
            name.pointer(),
            "advisor name '"
                + text
                + "' does not match ^[a-zA-Z0-9 _-]{1,64}$ (letters, digits, spaces, underscores"
                + " and dashes)");
      }
      String previous = firstByName.putIfAbsent(text.trim(), name.pointer());
      if (previous != null) {
        context.report(
            name.pointer(),
            "advisor name '"
                + text
                + "' is already used at "
                + previous
                + " (names are compared trimmed)",
            "give each advisor a unique name");
      }
    }
  }

  /**
   * Whether {@code name} matches {@code [a-zA-Z0-9 _-]{1,64}}: 1 to 64 chars, each an ASCII letter,
   * digit, space, underscore or dash. Hand-written rather than a {@code Pattern} so that building
   * rules does not load {@code java.util.regex} at start-up.
   */
  static boolean isValidName(String name) {
    int length = name.length();
    if (length < 1 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == ' '
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
