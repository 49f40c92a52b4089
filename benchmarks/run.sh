#!/usr/bin/env bash
# Runs every Preflight benchmark and prints the tables of docs/performance.md.
# Usage, from the repository root: benchmarks/run.sh [extra JMH options for the validation run]
# Takes about 9 minutes on 2 cores. Results (JMH JSON and table.md) go to benchmarks/target/results.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Time and allocation per body (the gc profiler gives gc.alloc.rate.norm, bytes per operation).
java -jar "$JAR" ValidationBenchmark -prof gc -rf json -rff "$OUT/validation.json" "$@"
# One validator shared by 1, then 2 threads.
java -jar "$JAR" ThroughputBenchmark -t 1 -rf json -rff "$OUT/threads-1.json"
java -jar "$JAR" ThroughputBenchmark -t 2 -rf json -rff "$OUT/threads-2.json"
# Cold start: 15 fresh JVMs, one first call each.
java -jar "$JAR" ColdStartBenchmark -rf json -rff "$OUT/coldstart.json"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" dev.preflight.benchmarks.TablePrinter "$OUT"
