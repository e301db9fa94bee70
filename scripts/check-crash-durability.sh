#!/usr/bin/env bash
# Kills the instance (kill -9) while writes are in flight, again and again, on the embedded H2
# database: every write that was answered 2xx before a kill must be there when it starts again.
#
#   mvn -DskipTests package && scripts/check-crash-durability.sh
#
# Each cycle (CYCLES, 20 by default): 4 writers (WRITERS) send findings, payments, milestone moves
# and partners through the API for a random 1 to 4 seconds; then the JVM is killed with SIGKILL,
# started again on the same data folder, and must become ready with no database error in its log;
# then every write acknowledged in any cycle so far is read back through the API
# (scripts/crash_durability.py keeps the journal and checks it). Last, one more kill during writes,
# after which H2's own Script tool must open the file and dump every acknowledged write.
# Exits non-zero on any lost write or failed open.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
[ -f "$jar" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }
h2="$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar | head -1)"
cycles="${CYCLES:-20}"
writers="${WRITERS:-4}"
port=18097
journal="$work/journal"
started=$SECONDS

export REHABTRACK_DEMO=true REHABTRACK_DATA_DIR="$work/data" REHABTRACK_REPORTS_WARM_UP=false
# The time goes into 21 start-ups. On 2 busy cores the JIT's optimizing compiler and the parallel
# collector's threads double a start-up; H2's commit path does not depend on either. Set
# JAVA_TOOL_OPTIONS (even empty) to run the JVM with other options, or its defaults.
export JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
client() { python3 scripts/crash_durability.py "$@" --journal "$journal"; }

# check_log: the instance's log must show no database error (a corrupt or unreadable file).
check_log() {
    if grep -E -n 'MVStoreException|[Cc]orrupt|JdbcSQL[A-Za-z]*Exception|Unable to acquire JDBC|already in use| ERROR ' \
            "$work/instance-$port.log" >&2; then
        fail "the database reported an error when it was opened again after kill -9"
    fi
}

# write_then_kill CYCLE: writers for a random 1 to 4 s (from their first 2xx answer), then SIGKILL to
# the JVM while they still write.
write_then_kill() {
    local millis=$((1000 + RANDOM % 3001)) flowing
    flowing="$journal/cycle-$(printf '%03d' "$1").flowing"
    client write --port "$port" --cycle "$1" --writers "$writers" > "$work/writers.out" &
    local client_pid=$!
    for _ in $(seq 1 600); do [ -f "$flowing" ] && break; sleep 0.1; done
    [ -f "$flowing" ] || fail "no write was answered 2xx within 60 s in cycle $1"
    sleep "$((millis / 1000)).$(printf '%03d' $((millis % 1000)))"
    local pid_var="pid_$port" alive=() pid
    kill -9 "${!pid_var}"
    wait "${!pid_var}" 2>/dev/null || true
    # Gone: left out of what lib.sh's cleanup stops, lest its number be another process's by then.
    for pid in "${pids[@]}"; do [ "$pid" = "${!pid_var}" ] || alive+=("$pid"); done
    pids=("${alive[@]}")
    wait "$client_pid" || fail "the writers failed in cycle $1"
    printf 'cycle %2d: killed after %d.%03d s of writes: %s\n' "$1" $((millis / 1000)) $((millis % 1000)) \
        "$(cat "$work/writers.out")"
}

start_instance "$port"
wait_ready "$port"
check_log
echo "first start (sample data loaded) ready after $((SECONDS - started)) s"
client setup --port "$port" --writers "$writers"
for cycle in $(seq 1 "$cycles"); do
    write_then_kill "$cycle"
    restarted=$SECONDS
    start_instance "$port"
    wait_ready "$port"
    check_log
    printf '          ready again in %2d s; ' "$((SECONDS - restarted))"
    client verify --port "$port" || fail "acknowledged writes lost after cycle $cycle"
done

# A final kill during writes; then H2's own tool must open the file left behind and dump it, with
# every write acknowledged before that kill too.
write_then_kill "$((cycles + 1))"
java -cp "$h2" org.h2.tools.Script -url "jdbc:h2:file:$work/data/rehabtrack" -user rehabtrack \
    -password rehabtrack -script "$work/final.sql" > "$work/script.out" 2>&1 \
    || { cat "$work/script.out" >&2; fail "H2's Script tool could not open the database after the final kill -9"; }
printf "          H2's Script tool opened the file (%s rows): " "$(grep -c '^(' "$work/final.sql" || true)"
client dump --sql "$work/final.sql" || fail "acknowledged writes missing from the dump after the final kill"

echo
client summary --seconds "$((SECONDS - started))" --cycles "$cycles" --final || fail "acknowledged writes lost"
echo "OK"
