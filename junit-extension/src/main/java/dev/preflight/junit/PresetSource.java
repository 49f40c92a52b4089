package dev.preflight.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Feeds a parameterized test one {@link Preset} per {@code *.json} file found, recursively, under a
 * folder: a classpath folder first ({@code presets} for {@code src/test/resources/presets}), else a
 * directory relative to the working directory. Each invocation is named by the file's path relative
 * to the folder; invocations run in the order of those names.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @PresetSource("presets")
 * void everyPresetIsPublishable(@ValidPreset Preset preset) {
 *   assertThat(preset.preview().config()).containsKey("model");
 * }
 * }</pre>
 *
 * <p>Each preset is validated with the {@link ValidPreset#spec() spec} and {@link
 * ValidPreset#config() config} of the {@code @ValidPreset} on the first parameter (the bundled spec
 * and built-in rules without one); with {@code @ValidPreset}, an invalid preset fails its
 * invocation, without it the test receives the preset and its report as they are. A folder that
 * does not exist or holds no {@code *.json} file is a configuration error, never a silent pass.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ArgumentsSource(PresetArgumentsProvider.class)
public @interface PresetSource {
  /** The folder: a classpath folder or a directory relative to the working directory. */
  String value();
}
