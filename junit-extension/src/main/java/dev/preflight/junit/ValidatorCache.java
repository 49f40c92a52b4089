package dev.preflight.junit;

import dev.preflight.rules.RuleConfig;
import dev.preflight.rules.Severity;
import dev.preflight.validator.PresetValidator;
import java.io.ByteArrayInputStream;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The validators of a test run, one per spec and config, kept in the root {@link
 * ExtensionContext.Store} because building one (loading and normalizing the spec) costs far more
 * than validating a preset.
 */
final class ValidatorCache {
  private static final Namespace NAMESPACE = Namespace.create(ValidatorCache.class);

  /** What makes two validators differ; empty strings stand for the bundled spec and no config. */
  private record Key(String spec, String config) {}

  private ValidatorCache() {}

  /**
   * The validator for the spec and config of {@code settings}, built on first use.
   *
   * @param element the annotated element, named in configuration errors
   * @throws ExtensionConfigurationException when the spec or config is missing or unusable
   */
  static PresetValidator validatorFor(
      ValidPreset settings, AnnotatedElement element, ExtensionContext context) {
    Key key = new Key(settings.spec(), settings.config());
    try {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(key, ValidatorCache::build, PresetValidator.class);
    } catch (RuntimeException e) {
      throw new ValidPresetConfigurationException(
          "@ValidPreset on " + AnnotatedElements.describe(element) + ": " + e.getMessage(), e);
    }
  }

  private static PresetValidator build(Key key) {
    if (key.spec().isEmpty() && key.config().isEmpty()) {
      return PresetValidator.standard();
    }
    PresetValidator.Builder builder = PresetValidator.builder();
    if (!key.spec().isEmpty()) {
      PresetFile spec = PresetLocator.require(key.spec(), "spec");
      if (spec.path().isPresent()) {
        builder.spec(spec.path().get());
      } else {
        builder.spec(new ByteArrayInputStream(spec.bytes()));
      }
    }
    if (!key.config().isEmpty()) {
      PresetFile config = PresetLocator.require(key.config(), "config");
      if (config.path().isPresent()) {
        builder.config(config.path().get());
      } else {
        // a config inside a jar: apply its settings one by one, as config(Path) would
        for (Map.Entry<String, Optional<Severity>> rule :
            RuleConfig.parse(config.text(), config.location()).rules().entrySet()) {
          if (rule.getValue().isPresent()) {
            builder.rule(rule.getKey(), rule.getValue().get());
          } else {
            builder.disable(rule.getKey());
          }
        }
      }
    }
    return builder.build();
  }
}
