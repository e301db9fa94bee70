#!/usr/bin/env bash
# Uploads a 1,000,000-row bill-of-quantities workbook of about 5 MB to the packaged application
# started with -Xmx256m, two at a time, and measures (issue 20: refused in under 2 s, the service
# answering throughout):
#   - each upload's time to its 4xx answer (curl's time_total, upload included);
#   - GET /q/health/ready, asked every 100 ms while the uploads run: every answer and the slowest;
#   - the heap, from the JVM's own GC log (-Xlog:gc): the live heap after the last collection before
#     the uploads, and the largest in use before and after any collection during them;
#   - the service's CPU time per upload (/proc), which a busy machine sways less than wall time;
#   - the machine's load average, since other work on it slows every wall-clock figure.
# The per-read allocation (ThreadMXBean) is measured by BoqStreamingReadTest, which prints it.
#
#   scripts/benchmark-boq-import.sh [ROUNDS] [ROWS]     (defaults 5 1000000)
#
# Builds the application and its test classes unless SKIP_BUILD=1 and the jar is there. The
# workbook is written by src/test/java/org/rehabtrack/preliminary/MillionRowWorkbook.java (JDK only).
set -euo pipefail
rounds="${1:-5}"
rows="${2:-1000000}"
port=18098
cd "$(dirname "$0")/.."
. scripts/lib.sh

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$jar" ] || [ ! -d target/test-classes ]; then
    mvn -q -DskipTests package
fi
java -cp target/test-classes org.rehabtrack.preliminary.MillionRowWorkbook "$work/million.xlsx" "$rows"

export REHABTRACK_DEMO=true REHABTRACK_DATA_DIR="$work/data" REHABTRACK_REPORTS_WARM_UP=false
PORT="$port" java -Xmx256m -Xlog:gc:file="$work/gc.log" -jar "$jar" > "$work/instance-$port.log" 2>&1 &
pids+=($!)
service=$!
wait_ready "$port"

url="http://localhost:$port/api/centers/CAMR-OMOA/preliminary-project/boq"
upload() { # upload OUT: one upload; writes "status seconds" to OUT
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u manager:rehabtrack-demo \
        -F "file=@$work/million.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
        "$url" > "$1"
}

# One upload alone first: the first read loads and compiles the reader's classes.
upload "$work/warm-up"
echo "warm-up upload (first after start): $(cat "$work/warm-up")"

gc_start="$(wc -l < "$work/gc.log")"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$service/stat"; }
cpu_start="$(cpu_ticks)"
: > "$work/uploads" ; : > "$work/health"
for round in $(seq 1 "$rounds"); do
    upload "$work/a" & a=$!
    upload "$work/b" & b=$!
    while kill -0 "$a" 2>/dev/null || kill -0 "$b" 2>/dev/null; do
        curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "http://localhost:$port/q/health/ready" \
            >> "$work/health" || echo "000 10" >> "$work/health"
        sleep 0.1
    done
    wait "$a" "$b"
    cat "$work/a" "$work/b" >> "$work/uploads"
done
cpu_seconds="$(echo "$(cpu_ticks) $cpu_start $(getconf CLK_TCK)" | awk '{ printf "%.2f", ($1 - $2) / $3 }')"
curl -sf "http://localhost:$port/q/health/ready" > /dev/null || fail "not ready after the uploads"

python3 - "$work" "$gc_start" "$rows" "$(stat -c %s "$work/million.xlsx")" "$cpu_seconds" <<'EOF'
import os, re, sys
work, gc_start, rows, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
cpu_seconds = float(sys.argv[5])
uploads = [line.split() for line in open(f"{work}/uploads")]
health = [line.split() for line in open(f"{work}/health")]
statuses = sorted({status for status, _ in uploads})
times = sorted(float(t) for _, t in uploads)
before, after, idle = [], [], 0
for number, line in enumerate(open(f"{work}/gc.log")):
    m = re.search(r"(\d+)M->(\d+)M\((\d+)M\)", line)
    if m and number < gc_start:
        idle = int(m.group(2))
    elif m:
        before.append(int(m.group(1)))
        after.append(int(m.group(2)))
print(f"workbook: {rows} rows, {size} bytes")
print(f"uploads: {len(uploads)} in pairs, answers {', '.join(statuses)}; "
      f"time to answer: median {times[len(times) // 2]:.3f} s, slowest {times[-1]:.3f} s")
print(f"health while uploading: {len(health)} asked, {sum(1 for s, _ in health if s == '200')} answered 200, "
      f"slowest {max(float(t) for _, t in health):.3f} s")
print(f"heap (-Xmx256m): {idle} MB live after the last collection before the uploads; during them "
      f"{len(before)} collections, largest in use before one {max(before, default=0)} MB, "
      f"largest after one {max(after, default=0)} MB")
print(f"service CPU time: {cpu_seconds:.2f} s for {len(uploads)} uploads, {cpu_seconds / len(uploads):.2f} s each")
print(f"load average (1, 5, 15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
ok = all(s.startswith("4") for s in statuses) and times[-1] < 2 and all(s == "200" for s, _ in health)
print("within target" if ok else "NOT within target")
sys.exit(0 if ok else 1)
EOF
