package dev.preflight.cli;

import dev.preflight.rules.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts severities as written on the command line: {@code error}, {@code warning}, {@code info}.
 */
final class SeverityConverter implements ITypeConverter<Severity> {
  @Override
  public Severity convert(String value) {
    return Severity.fromLabel(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown severity '" + value + "', expected one of error, warning, info"));
  }
}
