package dev.preflight.junit;

import dev.preflight.rules.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.converter.ConvertWith;

/**
 * Fails a test when a preset file is not valid.
 *
 * <p>On a test method or class, the presets named by {@link #value()} are checked before the test
 * (before all tests of the class); a failing check fails the test with an {@link AssertionError}
 * whose message holds the whole report, one {@code file:line:col severity rule-id message} line per
 * violation.
 *
 * <pre>{@code
 * @ValidPreset("presets/support-bot.json")
 * @Test
 * void supportBotIsValid() {}
 * }</pre>
 *
 * <p>On a parameter of type {@link Preset}, {@link tools.jackson.databind.JsonNode JsonNode} or
 * {@link String}, the checked preset is injected. In a parameterized test fed by {@link
 * PresetSource @PresetSource}, a {@code @ValidPreset} parameter without location receives each
 * preset of the source, checked:
 *
 * <pre>{@code
 * @ParameterizedTest
 * @PresetSource("presets")
 * void everyPresetIsPublishable(@ValidPreset Preset preset) { ... }
 * }</pre>
 *
 * <p>Misconfiguration (a missing file, an unreadable spec or config, an unknown rule id, an
 * unsupported parameter type, no location where one is needed) is reported as JUnit's {@code
 * ExtensionConfigurationException} or {@code PreconditionViolationException}, naming the annotated
 * element and the fix. The validator is built once per {@link #spec()} and {@link #config()} per
 * test run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
@ExtendWith(ValidPresetExtension.class)
@ConvertWith(PresetArgumentConverter.class)
public @interface ValidPreset {
  /**
   * The preset files: classpath resource names first ({@code presets/support-bot.json} for {@code
   * src/test/resources/presets/support-bot.json}), then paths relative to the working directory.
   * Required on methods, classes and parameters outside a parameterized source.
   */
  String[] value() default {};

  /** The least severe violation that fails the check; {@code WARNING} also fails on warnings. */
  Severity failOn() default Severity.ERROR;

  /**
   * Whether the preset must also be publishable: no {@code empty-preset} violation (something would
   * be persisted), and a valid slug (lower-case letters, digits and single hyphens, at most 64
   * characters), taken from {@link #slug()} or derived from the file name.
   */
  boolean publishable() default true;

  /** The slug the preset is published under; derived from the file name when empty. */
  String slug() default "";

  /** A {@code preflight.json} with rule settings (classpath resource or path); none when empty. */
  String config() default "";

  /** Another OpenRouter OpenAPI document to validate against (classpath resource or path). */
  String spec() default "";
}
