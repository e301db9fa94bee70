#!/usr/bin/env bash
# Times the budget report's transactions sheet written by the report's own code against a plain
# Apache POI SXSSF loop and fastexcel, the very same cells (issue #10: the report within 1.25x of
# plain SXSSF), with JMH in the Maven profile "benchmarks":
#
#   scripts/benchmark-writer.sh [ROWS] [WARMUPS] [ITERATIONS]      (defaults 100000 2 5)
#
# Writes JMH's results to target/benchmarks/writer.json, then prints the median of each writer's
# measured iterations and the ratios, also written to target/benchmarks/writer-summary.json: of
# wall-clock time, and of the writing thread's CPU time, which other work on the machine sways less.
set -euo pipefail
rows="${1:-100000}"
warmups="${2:-2}"
iterations="${3:-5}"
cd "$(dirname "$0")/.."
mkdir -p target/benchmarks
rm -f target/benchmarks/writer.json target/benchmarks/writer-summary.json

mvn -q -Pbenchmarks -DskipTests -Dbench.rows="$rows" -Dbench.warmups="$warmups" \
    -Dbench.iterations="$iterations" test-compile exec:exec@writer-benchmark

python3 - "$rows" <<'EOF'
import json, statistics, sys

rows = int(sys.argv[1])
with open("target/benchmarks/writer.json") as f:
    results = json.load(f)
wall, cpu = {}, {}
unit = None
for result in results:
    if int(result.get("params", {}).get("rows", rows)) != rows:
        continue
    name = result["benchmark"].rsplit(".", 1)[1]
    metric = result["primaryMetric"]
    unit = metric["scoreUnit"]
    wall[name] = statistics.median(t for fork in metric["rawData"] for t in fork)
    cpu_metric = result.get("secondaryMetrics", {}).get("cpuMs")
    if cpu_metric:
        cpu[name] = statistics.median(t for fork in cpu_metric["rawData"] for t in fork)
missing = {"rehabtrack", "poiSxssf", "fastexcel"} - wall.keys()
if missing:
    sys.exit("no result for " + ", ".join(sorted(missing)))


def ratios(medians):
    return {
        "rehabtrack/poiSxssf": round(medians["rehabtrack"] / medians["poiSxssf"], 3),
        "rehabtrack/fastexcel": round(medians["rehabtrack"] / medians["fastexcel"], 3),
    }


summary = {
    "rows": rows,
    "unit": unit,
    "median": {name: round(value, 1) for name, value in sorted(wall.items())},
    "ratio": ratios(wall),
    "target": {"rehabtrack/poiSxssf": 1.25},
}
summary["withinTarget"] = summary["ratio"]["rehabtrack/poiSxssf"] <= 1.25
if cpu.keys() >= {"rehabtrack", "poiSxssf", "fastexcel"}:
    # CPU time of the writing thread: less swayed than wall time by other work on the machine
    summary["cpuMedianMs"] = {name: round(value, 1) for name, value in sorted(cpu.items())}
    summary["cpuRatio"] = ratios(cpu)
with open("target/benchmarks/writer-summary.json", "w") as f:
    json.dump(summary, f, indent=2)
    f.write("\n")
print(f"rows: {rows:,}")
print(f"  {'':<11} {'wall median':>17} {'CPU median':>12}")
for name, value in sorted(wall.items()):
    print(f"  {name:<11} {value:11.1f} {unit:<5}" + (f" {cpu[name]:9.1f} ms" if name in cpu else ""))
for name, value in summary["ratio"].items():
    print(f"  {name:<21} wall {value:.3f}" + (f"   CPU {summary['cpuRatio'][name]:.3f}" if "cpuRatio" in summary else ""))
print("within 1.25x of plain SXSSF (wall clock):", "yes" if summary["withinTarget"] else "NO")
EOF
