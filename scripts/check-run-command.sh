#!/usr/bin/env bash
# The README's run command, as a newcomer runs it: on a fresh clone of this repository's HEAD (the
# Maven cache as it is), from the command to the first answer of the sign-in page, then stopped
# with Ctrl+C (SIGINT to the whole command). Fails when Maven prints a warning, when the build
# runs twice or compiles the tests, when the demo does not answer with its sample data, or when
# Ctrl+C ends in anything but a clean stop. Prints the seconds to the first answer
# (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-18097}"
work="$(mktemp -d)"
trap 'kill -KILL -- -"$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; [ -f "$work/out.log" ] && tail -40 "$work/out.log" >&2; exit 1; }

git clone -q . "$work/clone"
command="$(sed -n '/^## Run it/,/^## /{/^mvn .*quarkus-run.jar$/p}' README.md)"
[ -n "$command" ] || fail "no run command found in README.md"
echo "README run command: $command"

cd "$work/clone"
start=$(date +%s.%N)
# A process group of its own, as a terminal gives it, so that Ctrl+C reaches Maven and Java alike;
# and SIGINT handled as in a terminal (a background job of a script starts with it ignored).
python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.setsid();
os.execvp("bash", ["bash", "-c", sys.argv[1]])' "export PORT=$port; $command" > "$work/out.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "http://localhost:$port/login"; then break; fi
    kill -0 "$pid" 2>/dev/null || fail "the run command ended before answering"
    sleep 0.2
done
end=$(date +%s.%N)
curl -sf -o /dev/null "http://localhost:$port/login" || fail "no answer in two minutes"
awk -v s="$start" -v e="$end" 'BEGIN { printf "first answer after %.1f s\n", e - s }'

centers="$(curl -sf -u manager:rehabtrack-demo "http://localhost:$port/api/centers" | grep -o '"code"' | wc -l)"
[ "$centers" -eq 3 ] || fail "the demo serves $centers centers, not the 3 of the sample data"

kill -INT -- -"$pid"
status=0
wait "$pid" || status=$?
# Interrupted by Ctrl+C, a shell reports 130; Quarkus itself stops cleanly.
[ "$status" -eq 0 ] || [ "$status" -eq 130 ] || fail "Ctrl+C ended with status $status"
grep -q "BUILD FAILURE" "$work/out.log" && fail "Ctrl+C shows a build failure"
grep -q "^\[WARNING\]" "$work/out.log" && fail "Maven warned: $(grep '^\[WARNING\]' "$work/out.log" | head -3)"
[ "$(grep -c 'quarkus-maven-plugin:.*:build' "$work/out.log")" -eq 1 ] || fail "not exactly one build"
grep -q "Not compiling test sources" "$work/out.log" || fail "the tests were compiled"
grep -q "stopped in" "$work/out.log" || fail "no clean stop in the log"
echo "OK: one build, no warning, sample data served, clean stop on Ctrl+C"
