package dev.preflight.benchmarks;

import dev.preflight.rules.ValidationReport;
import dev.preflight.validator.PresetValidator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of one validator shared by all benchmark threads, on the typical body; run with {@code
 * -t 1} and {@code -t 2}. The floor scales the same way on an idle machine, so its own ratio shows
 * how much of a shortfall is the machine rather than the validator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ThroughputBenchmark {
  private byte[] bytes;
  private ObjectMapper mapper;
  private PresetValidator validator;

  @Setup
  public void setUp() {
    bytes = Body.TYPICAL.bytes();
    mapper = JsonMapper.builder().build();
    validator = PresetValidator.standard();
    Expectations.check(Body.TYPICAL, validator.validate(bytes));
  }

  @Benchmark
  public ValidationReport preflight() {
    return validator.validate(bytes);
  }

  @Benchmark
  public JsonNode floor() {
    return mapper.readTree(bytes);
  }
}
