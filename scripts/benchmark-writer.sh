#!/usr/bin/env bash
# Times the budget report's transactions sheet written by the report's own code against a plain
# Apache POI SXSSF loop and fastexcel, the very same cells (issue #10: the report within 1.25x of
# plain SXSSF), with JMH in the Maven profile "benchmarks":
#
#   scripts/benchmark-writer.sh [ROWS] [WARMUPS] [ITERATIONS]      (defaults 100000 2 5)
#
# Writes JMH's results to target/benchmarks/writer.json, then prints the median of each writer's
# measured iterations and the ratios, also written to target/benchmarks/writer-summary.json.
# Run it from the project's folder, with nothing else busy: the numbers are wall-clock times.
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
medians = {}
unit = None
for result in results:
    if int(result.get("params", {}).get("rows", rows)) != rows:
        continue
    name = result["benchmark"].rsplit(".", 1)[1]
    metric = result["primaryMetric"]
    unit = metric["scoreUnit"]
    times = [t for fork in metric["rawData"] for t in fork]
    medians[name] = statistics.median(times)
missing = {"rehabtrack", "poiSxssf", "fastexcel"} - medians.keys()
if missing:
    sys.exit("no result for " + ", ".join(sorted(missing)))
summary = {
    "rows": rows,
    "unit": unit,
    "median": {name: round(value, 1) for name, value in sorted(medians.items())},
    "ratio": {
        "rehabtrack/poiSxssf": round(medians["rehabtrack"] / medians["poiSxssf"], 3),
        "rehabtrack/fastexcel": round(medians["rehabtrack"] / medians["fastexcel"], 3),
    },
    "target": {"rehabtrack/poiSxssf": 1.25},
}
summary["withinTarget"] = summary["ratio"]["rehabtrack/poiSxssf"] <= 1.25
with open("target/benchmarks/writer-summary.json", "w") as f:
    json.dump(summary, f, indent=2)
    f.write("\n")
print(f"rows: {rows:,}")
for name, value in sorted(medians.items()):
    print(f"  {name:<11} median {value:10.1f} {unit}")
for name, value in summary["ratio"].items():
    print(f"  {name:<21} {value:.3f}")
print("within 1.25x of plain SXSSF:", "yes" if summary["withinTarget"] else "NO")
EOF
