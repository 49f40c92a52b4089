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

/**
 * Cold start: in a fresh JVM (one per fork), the time from {@link PresetValidator#standard()} to
 * the first report, class loading included. One shot per fork and no warmup, so every measurement
 * is a first call; the setup only reads the body's bytes and touches no validator class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class ColdStartBenchmark {
  private byte[] bytes;

  @Setup
  public void setUp() {
    bytes = Body.SEED.bytes();
  }

  @Benchmark
  public ValidationReport standardToFirstReport() {
    return PresetValidator.standard().validate(bytes);
  }
}
