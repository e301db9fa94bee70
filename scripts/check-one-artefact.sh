#!/usr/bin/env bash
# One artefact, demo by choice at start-up only: builds a fresh clone of HEAD with
# QUARKUS_PROFILE=demo set while building, as a newcomer might, then starts that jar with nothing
# set. It must start in production (profile prod, no demo): refuse to start without a session key,
# in one line, before creating anything in its data folder; and with a key, serve no sample data
# and sign no demo account in.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

fail_with_log() { cat "$1" >&2; fail "$2"; }

git clone -q . "$work/clone"
(cd "$work/clone" && QUARKUS_PROFILE=demo mvn -q -Dmaven.test.skip=true package > "$work/build.log" 2>&1) \
    || fail_with_log "$work/build.log" "the build failed"
jar="$work/clone/target/quarkus-app/quarkus-run.jar"
unset QUARKUS_PROFILE REHABTRACK_DEMO REHABTRACK_SESSION_KEY REHABTRACK_DEMO_ACCOUNTS REHABTRACK_SAMPLE_DATA

status=0
(cd "$work" && REHABTRACK_DATA_DIR="$work/refused" PORT=18095 java -jar "$jar" > "$work/refused.log" 2>&1) || status=$?
[ "$status" -ne 0 ] || fail_with_log "$work/refused.log" "the jar started without a session key"
grep -q "REHABTRACK_SESSION_KEY is not set" "$work/refused.log" || fail_with_log "$work/refused.log" "no reason given"
grep -q $'^\tat ' "$work/refused.log" && fail_with_log "$work/refused.log" "a stack trace"
[ ! -e "$work/refused" ] || fail "the refused start created its data folder"

export REHABTRACK_DATA_DIR="$work/data" REHABTRACK_SESSION_KEY="a-key-of-its-own-for-this-check-0123456789"
start_instance 18096
wait_ready 18096
grep -q "Profile prod activated" "$work/instance-18096.log" || fail_with_log "$work/instance-18096.log" "not prod"
code="$(curl -s -o /dev/null -w '%{http_code}' -u manager:rehabtrack-demo http://localhost:18096/api/centers)"
[ "$code" = 401 ] || fail "the demo manager got $code, not 401"
grep -q "Sample data not loaded" "$work/instance-18096.log" || fail_with_log "$work/instance-18096.log" "sample data?"
echo "OK: built under QUARKUS_PROFILE=demo, the jar starts in production"
