package dev.preflight.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code lint}, named in lower case on the command line. */
enum OutputFormat {
  TEXT,
  JSON,
  SARIF,
  GITHUB,
  JUNIT;

  /** The name on the command line. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Converts {@code --format} values. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.label().equalsIgnoreCase(value.trim())) {
          return format;
        }
      }
      throw new TypeConversionException(
          "unknown format '" + value + "', expected one of text, json, sarif, github, junit");
    }
  }
}
