package dev.preflight.junit;

import dev.preflight.validator.PresetValidator;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Implements {@link ValidPreset}: checks the presets named on a test class (before all its tests)
 * and on a test method (before each invocation), and injects checked presets into parameters that
 * name one. Parameters that a parameterized source supplies are left to {@link
 * PresetArgumentConverter}, so that JUnit never sees two resolvers for one parameter.
 */
final class ValidPresetExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler {

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    AnnotationSupport.findAnnotation(testClass, ValidPreset.class)
        .ifPresent(settings -> checkAll(settings, testClass, context));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    AnnotatedElement method = context.getRequiredTestMethod();
    AnnotationSupport.findAnnotation(method, ValidPreset.class)
        .ifPresent(settings -> checkAll(settings, method, context));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Optional<ValidPreset> settings = parameter.findAnnotation(ValidPreset.class);
    return settings.isPresent()
        && !(settings.get().value().length == 0 && isSuppliedBySource(parameter.getParameter()));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Parameter element = parameter.getParameter();
    ValidPreset settings = parameter.findAnnotation(ValidPreset.class).orElseThrow();
    String[] locations = settings.value();
    if (locations.length != 1) {
      throw new ValidPresetConfigurationException(
          "@ValidPreset on "
              + AnnotatedElements.describe(element)
              + (locations.length == 0
                  ? " names no preset: give its location, @ValidPreset(\"presets/support-bot.json\"),"
                      + " or feed the test from @PresetSource"
                  : " names " + locations.length + " presets; a parameter takes exactly one"));
    }
    if (!PresetParameterTypes.isSupported(element.getType())) {
      throw new ValidPresetConfigurationException(
          "@ValidPreset on "
              + AnnotatedElements.describe(element)
              + ": "
              + PresetParameterTypes.unsupported(element.getType()));
    }
    Preset preset = load(settings, element, locations[0], context);
    PresetCheck.of(settings).verify(preset);
    return PresetParameterTypes.convert(preset, element.getType());
  }

  /**
   * JUnit wraps whatever a parameter resolver or argument converter throws in a {@link
   * ParameterResolutionException}; a failed check or a misconfiguration of ours is rethrown as
   * itself, so that an invalid preset fails the test as an assertion failure showing the report,
   * and a misconfiguration is an {@link ExtensionConfigurationException}.
   */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    if (thrown instanceof ParameterResolutionException) {
      for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidPresetError
            || cause instanceof ValidPresetConfigurationException) {
          cause.addSuppressed(thrown);
          throw cause;
        }
      }
    }
    throw thrown;
  }

  /** Checks every preset {@code settings} names, and fails once with all failures. */
  private static void checkAll(
      ValidPreset settings, AnnotatedElement element, ExtensionContext context) {
    if (settings.value().length == 0) {
      throw new ValidPresetConfigurationException(
          "@ValidPreset on "
              + AnnotatedElements.describe(element)
              + " names no preset: give one or more locations,"
              + " e.g. @ValidPreset(\"presets/support-bot.json\")");
    }
    PresetCheck check = PresetCheck.of(settings);
    List<String> failures = new ArrayList<>();
    for (String location : settings.value()) {
      try {
        check.verify(load(settings, element, location, context));
      } catch (InvalidPresetError e) {
        failures.add(e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      throw new InvalidPresetError(String.join("\n\n", failures));
    }
  }

  private static Preset load(
      ValidPreset settings, AnnotatedElement element, String location, ExtensionContext context) {
    PresetFile file;
    try {
      file = PresetLocator.require(location, "value");
    } catch (ValidPresetConfigurationException e) {
      throw new ValidPresetConfigurationException(
          "@ValidPreset on " + AnnotatedElements.describe(element) + ": " + e.getMessage(), e);
    }
    PresetValidator validator = ValidatorCache.validatorFor(settings, element, context);
    return Preset.of(file.location(), file.text(), validator);
  }

  /**
   * Whether a parameterized test's or class's arguments supply this parameter; then the argument
   * comes from the source, converted by {@link PresetArgumentConverter}.
   */
  private static boolean isSuppliedBySource(Parameter parameter) {
    Executable executable = parameter.getDeclaringExecutable();
    if (executable instanceof Constructor) {
      return AnnotationSupport.isAnnotated(
          executable.getDeclaringClass(), ParameterizedClass.class);
    }
    return AnnotationSupport.isAnnotated(executable, ParameterizedTest.class);
  }
}
