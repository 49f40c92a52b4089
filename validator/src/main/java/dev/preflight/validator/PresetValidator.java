package dev.preflight.validator;

import dev.preflight.rules.BuiltInRules;
import dev.preflight.rules.ConfigException;
import dev.preflight.rules.Rule;
import dev.preflight.rules.RuleConfig;
import dev.preflight.rules.RuleSet;
import dev.preflight.rules.Severity;
import dev.preflight.rules.ValidationReport;
import dev.preflight.rules.Violation;
import dev.preflight.validator.internal.BodyReader;
import dev.preflight.validator.internal.BundledSpec;
import dev.preflight.validator.internal.InputLimits;
import dev.preflight.validator.internal.LocationIndex;
import dev.preflight.validator.internal.ParsedBody;
import dev.preflight.validator.internal.SchemaEngine;
import dev.preflight.validator.internal.SchemaNormalizer;
import dev.preflight.validator.internal.SpecDocuments;
import dev.preflight.validator.internal.ValueText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks OpenRouter chat-request bodies, the bodies presets are created from: against the OpenAPI
 * request schema (normalized so that it means what OpenRouter means) and against the lint rules.
 *
 * <p>Bad input never throws: malformed JSON, a duplicate key, a value of the wrong type are all
 * {@link Violation}s in the returned {@link ValidationReport}. Instances are immutable and
 * thread-safe; build one and share it.
 *
 * <pre>{@code
 * ValidationReport report = PresetValidator.standard().validate(Path.of("presets/support-bot.json"));
 * if (!report.isValid()) {
 *   System.err.println(report);
 * }
 * }</pre>
 */
public final class PresetValidator {
  /** Instance locations of unions that OpenRouter extends faster than specs ship. */
  static final List<String> OPEN_UNIONS = List.of("/tools/*", "/plugins/*");

  /** Default bound on the size of a body: 10 MiB, in bytes (characters for text). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10L * 1024 * 1024;

  /** Default bound on nesting of objects and arrays in a body. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 500;

  /**
   * The largest {@link Builder#maxNestingDepth} accepted, the default: deeper trees could exhaust a
   * thread's stack in code that walks them recursively (rules, Jackson's own {@code equals} and
   * {@code deepCopy}). Bodies this deep are checked safely on threads with 512 KiB of stack.
   */
  public static final int MAX_NESTING_DEPTH_CEILING = 500;

  /** Default bound on the length of one string value or property name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10 * 1024 * 1024;

  /** Default bound on the length of one number as written, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;

  /** Default bound on the tokens of a body: each value, property name and bracket counts one. */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 1_000_000;

  /** Default bound on the steps of checking one body against the schema. */
  public static final long DEFAULT_MAX_EVALUATION_STEPS = 10_000_000;

  /** Default bound on how deeply schema evaluations may nest while checking one body. */
  public static final int DEFAULT_MAX_EVALUATION_DEPTH = 200;

  private final SchemaEngine engine;
  private final RuleSet rules;
  private final InputLimits limits;
  private final BodyReader reader;
  private final LocationIndex locations;
  private final long maxEvaluationSteps;
  private final int maxEvaluationDepth;
  private final long maxDocumentLength;

  private PresetValidator(Builder builder, SchemaEngine engine, RuleSet rules) {
    this.engine = engine;
    this.rules = rules;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.limits =
        new InputLimits(
            builder.maxDocumentLength,
            builder.maxNestingDepth,
            builder.maxStringLength,
            builder.maxNumberLength,
            builder.maxTokenCount);
    this.reader = new BodyReader(limits);
    this.locations =
        new LocationIndex(
            JsonFactory.builder().streamReadConstraints(limits.constraints()).build());
    this.maxEvaluationSteps = builder.maxEvaluationSteps;
    this.maxEvaluationDepth = builder.maxEvaluationDepth;
  }

  /** The validator with the bundled spec and its errata, and the built-in rules; shared. */
  public static PresetValidator standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final PresetValidator INSTANCE = builder().build();
  }

  /** Starts a validator configuration: the bundled spec and built-in rules unless changed. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules that run after the schema, with their effective severities. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * The normalized request schema this validator checks against: a JSON Schema 2020-12 document
   * with its named schemas under {@code $defs} and unions spelled as {@code x-preflight-union}
   * ({@code branches}, {@code types}, {@code expected}, optionally {@code discriminator}). For
   * tools that walk the schema, such as generators of bodies; a copy each call, free to modify.
   */
  public JsonNode requestSchema() {
    return engine.document().deepCopy();
  }

  /** Validates a body given as text. */
  public ValidationReport validate(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > maxDocumentLength) {
      return tooLarge(json.length(), null);
    }
    return check(reader.read(json), null);
  }

  /** Validates a body given as UTF-8 bytes (a byte-order mark is accepted). */
  public ValidationReport validate(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > maxDocumentLength) {
      return tooLarge(json.length, null);
    }
    return check(reader.read(json), null);
  }

  /**
   * Validates the body in a file; the report names the file as its source.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public ValidationReport validate(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      long size = Files.size(file);
      if (size > maxDocumentLength) {
        return tooLarge(size, source);
      }
      return check(reader.read(Files.readAllBytes(file)), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Validates the body read from a stream, to its end; the stream is not closed.
   *
   * @throws UncheckedIOException when the stream cannot be read
   */
  public ValidationReport validate(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      byte[] bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentLength + 1));
      if (bytes.length > maxDocumentLength) {
        return tooLarge(-1, null);
      }
      return check(reader.read(bytes), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the body: " + e.getMessage(), e);
    }
  }

  /**
   * Validates a parsed body. Violations have pointers but no line and column. The tree is not
   * modified. It is held to the same limits as text (nesting depth, string, number and token
   * limits); the {@code number-range} findings of text input are not made for trees.
   */
  public ValidationReport validate(JsonNode json) {
    if (json == null || !json.isObject()) {
      String got = json == null ? "nothing" : ValueText.describe(json);
      return ValidationReport.of(
          List.of(
              Violation.builder(BodyReader.JSON_SYNTAX)
                  .message("expected a JSON object at the top level, got " + got)
                  .build()));
    }
    Violation breach = limits.check(json);
    if (breach != null) {
      return ValidationReport.of(List.of(breach));
    }
    return check(ParsedBody.ofTree(json), null);
  }

  /**
   * What a preset created from this body would contain; see {@link PresetPreview}. Previewing does
   * not validate: a body with errors still has a preview.
   *
   * @throws IllegalArgumentException when the text is not a JSON object (malformed, empty, an
   *     array), with the reasons {@link #validate(String)} would report
   */
  public PresetPreview preview(String json) {
    return PresetPreview.of(reader.read(Objects.requireNonNull(json, "json")));
  }

  /** Like {@link #preview(String)}, for UTF-8 bytes. */
  public PresetPreview preview(byte[] json) {
    return PresetPreview.of(reader.read(Objects.requireNonNull(json, "json")));
  }

  /**
   * Like {@link #preview(String)}, for a parsed body, which is not modified.
   *
   * @throws IllegalArgumentException when the node is null or not an object
   */
  public PresetPreview preview(JsonNode json) {
    return PresetPreview.of(json);
  }

  private ValidationReport check(ParsedBody parsed, String source) {
    List<Violation> violations = new ArrayList<>(parsed.violations());
    JsonNode root = parsed.root();
    if (root != null) {
      engine.validate(root, maxEvaluationSteps, maxEvaluationDepth, violations);
      violations.addAll(rules.check(root, engine.declaredProperties(root)));
    }
    if (!violations.isEmpty() && parsed.hasText()) {
      // A body with a tree was read whole: its text is one well-formed object.
      violations = locations.locate(parsed.text(), violations, root != null);
    }
    return ValidationReport.of(source, violations);
  }

  /** The report for a body larger than the limit; {@code size} is -1 when unknown. */
  private ValidationReport tooLarge(long size, String source) {
    return ValidationReport.of(
        source,
        List.of(
            Violation.builder(BodyReader.INPUT_LIMIT)
                .message(
                    size < 0
                        ? "the body has more than the limit of "
                            + maxDocumentLength
                            + " bytes (maxDocumentLength)"
                        : "the body has "
                            + size
                            + " bytes, more than the limit of "
                            + maxDocumentLength
                            + " (maxDocumentLength)")
                .suggestion("raise the limit with PresetValidator.builder().maxDocumentLength(...)")
                .position(1, 1)
                .build()));
  }

  /**
   * Configures a {@link PresetValidator}: which spec, which errata, which rules at which severity.
   * Not thread-safe; the validator it builds is.
   */
  public static final class Builder {
    private byte[] spec;
    private String specName;
    private final List<byte[]> overlays = new ArrayList<>();
    private final List<String> overlayNames = new ArrayList<>();
    private final List<Rule> customRules = new ArrayList<>();
    private final List<Consumer<RuleSet.Builder>> ruleSettings = new ArrayList<>();
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
    private long maxEvaluationSteps = DEFAULT_MAX_EVALUATION_STEPS;
    private int maxEvaluationDepth = DEFAULT_MAX_EVALUATION_DEPTH;

    private Builder() {}

    /**
     * Validates against another OpenRouter OpenAPI 3.1 document (YAML or JSON) instead of the
     * bundled one. Its request schema is that of {@code POST /presets/{slug}/chat/completions},
     * else {@code components.schemas.ChatRequest}. The bundled errata do not apply to it; add
     * overlays of your own with {@link #overlay(Path)}.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public Builder spec(Path file) {
      this.spec = readFile(file);
      this.specName = file.toString();
      return this;
    }

    /** Like {@link #spec(Path)}, reading the document from a stream (not closed). */
    public Builder spec(InputStream document) {
      this.spec = readStream(document);
      this.specName = "the spec stream";
      return this;
    }

    /**
     * Applies an OpenAPI Overlay 1.0 document (YAML or JSON) to the spec before it is used, after
     * the bundled errata when the spec is the bundled one. Overlays apply in the order added.
     */
    public Builder overlay(Path file) {
      overlays.add(readFile(file));
      overlayNames.add(file.toString());
      return this;
    }

    /** Like {@link #overlay(Path)}, reading the document from a stream (not closed). */
    public Builder overlay(InputStream document) {
      overlays.add(readStream(document));
      overlayNames.add("overlay stream #" + (overlays.size()));
      return this;
    }

    /**
     * Adds a custom rule. Its id must differ from every other rule's (built-in, found through
     * {@link ServiceLoader}, or added here), which {@link #build()} checks.
     */
    public Builder addRule(Rule rule) {
      customRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets the severity of a rule (and enables it if it was disabled). Settings apply in the order
     * they are made; {@link #build()} rejects an unknown id.
     */
    public Builder rule(String id, Severity severity) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      ruleSettings.add(rules -> rules.severity(id, severity));
      return this;
    }

    /**
     * Applies the rule settings of a {@code preflight.json} ({@code {"rules": {"<id>": "off" |
     * "info" | "warning" | "error"}}}). Settings made later on this builder win.
     *
     * @throws ConfigException when the file cannot be read or has an unknown severity; unknown rule
     *     ids are reported by {@link #build()}
     */
    public Builder config(Path file) {
      RuleConfig config = RuleConfig.read(file);
      ruleSettings.add(rules -> config.applyTo(rules, rules.ids()));
      return this;
    }

    /** Turns a rule off; {@link #build()} rejects an unknown id. */
    public Builder disable(String id) {
      Objects.requireNonNull(id, "id");
      ruleSettings.add(rules -> rules.disable(id));
      return this;
    }

    /**
     * The deepest nesting of objects and arrays a body may have (default {@value
     * #DEFAULT_MAX_NESTING_DEPTH}, at most {@value #MAX_NESTING_DEPTH_CEILING}); the top-level
     * object is level 1.
     */
    public Builder maxNestingDepth(int depth) {
      if (depth < 1 || depth > MAX_NESTING_DEPTH_CEILING) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be from 1 to " + MAX_NESTING_DEPTH_CEILING + ", got " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /** The largest body, in bytes (characters for text), that is read (default 10 MiB). */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = atLeastOne(length, "maxDocumentLength");
      return this;
    }

    /**
     * The longest string value or property name, in characters (default {@value
     * #DEFAULT_MAX_STRING_LENGTH}, 10 MiB: only the document limit bounds strings unless this is
     * lowered).
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) atLeastOne(length, "maxStringLength");
      return this;
    }

    /**
     * The longest number, in characters as written (default {@value #DEFAULT_MAX_NUMBER_LENGTH}).
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) atLeastOne(length, "maxNumberLength");
      return this;
    }

    /**
     * The most tokens a body may have (default {@value #DEFAULT_MAX_TOKEN_COUNT}): each value,
     * property name, {@code {}, {@code }}, {@code [} and {@code ]} counts one, so {@code {"a": 1}}
     * has 4.
     */
    public Builder maxTokenCount(long count) {
      this.maxTokenCount = atLeastOne(count, "maxTokenCount");
      return this;
    }

    /**
     * The most steps checking one body against the schema may take (default {@value
     * #DEFAULT_MAX_EVALUATION_STEPS}); a step is one schema keyword applied to one value
     * (networknt's {@code ExecutionConfig.maxEvaluationSteps}).
     */
    public Builder maxEvaluationSteps(long steps) {
      this.maxEvaluationSteps = atLeastOne(steps, "maxEvaluationSteps");
      return this;
    }

    /**
     * How deeply schema evaluations may nest while checking one body (default {@value
     * #DEFAULT_MAX_EVALUATION_DEPTH}; networknt's {@code ExecutionConfig.maxEvaluationDepth}).
     */
    public Builder maxEvaluationDepth(int depth) {
      this.maxEvaluationDepth = (int) atLeastOne(depth, "maxEvaluationDepth");
      return this;
    }

    private static long atLeastOne(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }

    /**
     * Loads and normalizes the spec and builds the validator.
     *
     * @throws SpecException when the spec or an overlay cannot be used
     * @throws ConfigException when a configuration file names an unknown rule, or a rule found
     *     through {@link ServiceLoader} cannot be loaded
     * @throws IllegalArgumentException when two rules share an id, or {@link #rule} or {@link
     *     #disable} names an unknown rule
     */
    public PresetValidator build() {
      ObjectNode normalized;
      boolean bundled = spec == null && overlays.isEmpty();
      if (bundled) {
        // The common case, and the one cold start depends on: normalized at build time.
        normalized = BundledSpec.normalized();
      } else {
        JsonNode document;
        if (spec == null) {
          document = SpecDocuments.read(BundledSpec.resource(BundledSpec.SPEC), "the bundled spec");
          document =
              SpecDocuments.applyOverlay(
                  document,
                  SpecDocuments.read(
                      BundledSpec.resource(BundledSpec.ERRATA), "the bundled errata"),
                  "the bundled errata");
        } else {
          document = SpecDocuments.read(spec, specName);
        }
        for (int i = 0; i < overlays.size(); i++) {
          String name = overlayNames.get(i);
          document =
              SpecDocuments.applyOverlay(document, SpecDocuments.read(overlays.get(i), name), name);
        }
        String name = spec == null ? "the bundled spec" : specName;
        normalized =
            SchemaNormalizer.normalize(document, SpecDocuments.requestSchema(document, name));
      }
      // The bundled document is known to compile (BundledSpecTest), so networknt's schema is built
      // only when a first body needs it; any other document is compiled now, to fail here.
      return new PresetValidator(
          this, new SchemaEngine(normalized, OPEN_UNIONS, true, bundled), ruleSet());
    }

    private RuleSet ruleSet() {
      RuleSet.Builder rules = RuleSet.builder().addAll(BuiltInRules.all());
      try {
        for (Rule rule : ServiceLoader.load(Rule.class, PresetValidator.class.getClassLoader())) {
          rules.add(rule);
        }
      } catch (ServiceConfigurationError e) {
        throw new ConfigException(
            "a rule listed in META-INF/services/"
                + Rule.class.getName()
                + " cannot be loaded: "
                + e.getMessage(),
            e);
      }
      rules.addAll(customRules);
      for (Consumer<RuleSet.Builder> setting : ruleSettings) {
        setting.accept(rules);
      }
      return rules.build();
    }

    private static byte[] readFile(Path file) {
      Objects.requireNonNull(file, "file");
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }

    private static byte[] readStream(InputStream in) {
      Objects.requireNonNull(in, "document");
      try {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the document: " + e.getMessage(), e);
      }
    }
  }
}
