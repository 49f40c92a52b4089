package dev.preflight.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Time and allocation per body: Jackson's {@code readTree} of the bytes (the floor), {@link
 * PresetValidator#validate(byte[])} (parse, schema, all built-in rules, line and column when there
 * are violations), and networknt on the literal seed spec (parse and validate).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationBenchmark {
  @Param({"seed", "typical", "large", "invalid"})
  public String body;

  private byte[] bytes;
  private ObjectMapper mapper;
  private PresetValidator validator;
  private Schema naive;

  @Setup
  public void setUp() {
    bytes = Body.of(body).bytes();
    mapper = JsonMapper.builder().build();
    validator = PresetValidator.standard();
    naive = NaiveSeedSchema.compile();
    Expectations.check(Body.of(body), validator.validate(bytes));
  }

  @Benchmark
  public JsonNode floor() {
    return mapper.readTree(bytes);
  }

  @Benchmark
  public ValidationReport preflight() {
    return validator.validate(bytes);
  }

  @Benchmark
  public List<Error> networkntSeed() {
    return naive.validate(mapper.readTree(bytes));
  }
}
