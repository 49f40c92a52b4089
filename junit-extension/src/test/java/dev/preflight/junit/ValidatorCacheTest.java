package dev.preflight.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.validator.PresetValidator;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidatorCacheTest {
  /** Hands the test its own extension context, whose root store the cache uses. */
  @RegisterExtension
  static final ParameterResolver CONTEXT =
      new ParameterResolver() {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
          return parameter.getParameter().getType() == ExtensionContext.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
          return context;
        }
      };

  @ValidPreset("a.json")
  void defaults() {}

  @ValidPreset(value = "b.json", failOn = dev.preflight.rules.Severity.WARNING)
  void otherCheckSameValidator() {}

  @ValidPreset(value = "a.json", spec = "spec/nope.yaml")
  void missingSpec() {}

  private static ValidPreset settingsOf(String method) throws NoSuchMethodException {
    Method m = ValidatorCacheTest.class.getDeclaredMethod(method);
    return m.getAnnotation(ValidPreset.class);
  }

  @Test
  void theBundledConfigurationIsTheStandardValidator(ExtensionContext context) throws Exception {
    PresetValidator validator =
        ValidatorCache.validatorFor(settingsOf("defaults"), getClass(), context);
    assertThat(validator).isSameAs(PresetValidator.standard());
  }

  @Test
  void oneValidatorPerSpecAndConfigPerRun(ExtensionContext context) throws Exception {
    ValidPreset withSpec = settingsOf("missingSpec");
    assertThatThrownBy(() -> ValidatorCache.validatorFor(withSpec, getClass(), context))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "@ValidPreset on class [dev.preflight.junit.ValidatorCacheTest]: 'spec/nope.yaml'"
                + " (spec) is neither a classpath resource");
    assertThat(
            ValidatorCache.validatorFor(settingsOf("otherCheckSameValidator"), getClass(), context))
        .isSameAs(ValidatorCache.validatorFor(settingsOf("defaults"), getClass(), context));
  }

  @Test
  void aCustomSpecIsBuiltOnceAndSharedThroughTheRootStore(ExtensionContext context)
      throws Exception {
    ValidPreset upstream = SpecFixture.class.getAnnotation(ValidPreset.class);
    PresetValidator first = ValidatorCache.validatorFor(upstream, SpecFixture.class, context);
    PresetValidator second = ValidatorCache.validatorFor(upstream, SpecFixture.class, context);
    assertThat(first).isSameAs(second).isNotSameAs(PresetValidator.standard());
  }

  @ValidPreset(
      value = "a.json",
      spec = "../src/spec/openrouter-create-preset-from-chat-completions.openapi.yaml")
  static class SpecFixture {}
}
