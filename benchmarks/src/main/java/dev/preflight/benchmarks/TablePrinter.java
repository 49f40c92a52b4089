package dev.preflight.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints the Markdown tables of {@code docs/performance.md} from the JMH JSON results that {@code
 * benchmarks/run.sh} writes: {@code validation.json}, {@code threads-1.json}, {@code
 * threads-2.json} and {@code coldstart.json} in the directory given as the only argument.
 */
public final class TablePrinter {
  private static final String ALLOC = "gc.alloc.rate.norm";

  private TablePrinter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/results");
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode validation = mapper.readTree(dir.resolve("validation.json").toFile());
    JsonNode threads1 = mapper.readTree(dir.resolve("threads-1.json").toFile());
    JsonNode threads2 = mapper.readTree(dir.resolve("threads-2.json").toFile());
    JsonNode cold = mapper.readTree(dir.resolve("coldstart.json").toFile());
    StringBuilder out = new StringBuilder();
    timeTable(validation, out);
    out.append('\n');
    allocationTable(validation, out);
    out.append('\n');
    threadTable(threads1, threads2, out);
    out.append('\n');
    coldTable(cold, out);
    System.out.print(out);
    Files.writeString(dir.resolve("table.md"), out);
  }

  private static final String[][] TARGETS = {
    {"seed", "4"}, {"typical", "3"}, {"large", "2.5"}, {"invalid", "8"},
  };

  private static void timeTable(JsonNode results, StringBuilder out) {
    out.append(
        "| Body | Bytes | readTree (floor), µs/op | Preflight, µs/op | Preflight / floor | Target"
            + " | networknt on seed spec, µs/op | networknt / floor |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String[] target : TARGETS) {
      String body = target[0];
      double floor = score(results, "floor", body);
      double preflight = score(results, "preflight", body);
      double naive = score(results, "networkntSeed", body);
      double ratio = preflight / floor;
      double limit = Double.parseDouble(target[1]);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s ± %s | %s ± %s | **%.2fx** | ≤ %sx %s | %s | %.2fx |%n",
              body,
              Body.of(body).bytes().length,
              number(floor),
              number(error(results, "floor", body)),
              number(preflight),
              number(error(results, "preflight", body)),
              ratio,
              target[1],
              ratio <= limit ? "met" : "**missed**",
              number(naive),
              naive / floor));
    }
  }

  private static void allocationTable(JsonNode results, StringBuilder out) {
    out.append(
        "| Body | readTree (floor), B/op | Preflight, B/op | Preflight / floor | Target |"
            + " networknt on seed spec, B/op |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    for (String[] target : TARGETS) {
      String body = target[0];
      double floor = allocation(results, "floor", body);
      double preflight = allocation(results, "preflight", body);
      double ratio = preflight / floor;
      boolean valid = !body.equals("invalid");
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %,.0f | **%.2fx** | %s | %,.0f |%n",
              body,
              floor,
              preflight,
              ratio,
              valid ? "≤ 4x " + (ratio <= 4 ? "met" : "**missed**") : "(not a valid body)",
              allocation(results, "networkntSeed", body)));
    }
  }

  private static void threadTable(JsonNode one, JsonNode two, StringBuilder out) {
    out.append(
        "| Typical body, one shared validator | 1 thread, ops/s | 2 threads, ops/s | 2 / 1 |"
            + " Target |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (String method : List.of("preflight", "floor")) {
      double single = score(one, method, null);
      double dual = score(two, method, null);
      double ratio = dual / single;
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %,.0f | **%.2fx** | %s |%n",
              method.equals("preflight") ? "PresetValidator.validate" : "readTree (floor)",
              single,
              dual,
              ratio,
              method.equals("preflight")
                  ? "≥ 1.7x " + (ratio >= 1.7 ? "met" : "**missed**")
                  : "—"));
    }
  }

  private static void coldTable(JsonNode results, StringBuilder out) {
    JsonNode result = find(results, "standardToFirstReport", null);
    List<Double> shots = new ArrayList<>();
    for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
      for (JsonNode shot : fork) {
        shots.add(shot.asDouble());
      }
    }
    shots.sort(null);
    double median =
        shots.size() % 2 == 1
            ? shots.get(shots.size() / 2)
            : (shots.get(shots.size() / 2 - 1) + shots.get(shots.size() / 2)) / 2;
    out.append(
        "| Cold start: fresh JVM, `standard()` to first report | JVMs | min, ms | median, ms | max,"
            + " ms | Target |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    out.append(
        String.format(
            Locale.ROOT,
            "| seed body | %d | %.0f | **%.0f** | %.0f | ≤ 200 ms %s |%n",
            shots.size(),
            shots.get(0),
            median,
            shots.get(shots.size() - 1),
            median <= 200 ? "met" : "**missed**"));
  }

  private static double score(JsonNode results, String method, String body) {
    return find(results, method, body).path("primaryMetric").path("score").asDouble();
  }

  private static double error(JsonNode results, String method, String body) {
    return find(results, method, body).path("primaryMetric").path("scoreError").asDouble();
  }

  private static double allocation(JsonNode results, String method, String body) {
    return find(results, method, body)
        .path("secondaryMetrics")
        .path(ALLOC)
        .path("score")
        .asDouble(Double.NaN);
  }

  private static JsonNode find(JsonNode results, String method, String body) {
    for (JsonNode result : results) {
      if (result.path("benchmark").asString().endsWith("." + method)
          && (body == null || body.equals(result.path("params").path("body").asString()))) {
        return result;
      }
    }
    throw new IllegalArgumentException("no result for " + method + " " + body);
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : value >= 10
            ? String.format(Locale.ROOT, "%.1f", value)
            : String.format(Locale.ROOT, "%.2f", value);
  }
}
