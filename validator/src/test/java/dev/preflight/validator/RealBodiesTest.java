package dev.preflight.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request bodies shaped like the ones in OpenRouter's guides (multimodal content, tool
 * conversations, cache control, provider routing, server tools, nulls everywhere they are allowed):
 * zero false alarms.
 */
class RealBodiesTest {
  static Stream<Path> bodies() throws IOException, URISyntaxException {
    Path dir = Path.of(RealBodiesTest.class.getResource("/real-bodies").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = files.sorted().toList();
      assertThat(list).hasSizeGreaterThanOrEqualTo(15);
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void hasNoErrorAndNoWarning(Path body) {
    ValidationReport report = PresetValidator.standard().validate(body);
    assertThat(report.atLeast(Severity.WARNING)).as(report.toString()).isEmpty();
  }
}
