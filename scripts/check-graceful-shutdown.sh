#!/usr/bin/env bash
# Stops a running instance (SIGTERM) while a slow upload is in flight: the upload must still be
# answered 201, and its photo be there when the instance starts again.
#
#   mvn -DskipTests package && scripts/check-graceful-shutdown.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
[ -f "$jar" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }

export REHABTRACK_DEMO=true REHABTRACK_DATA_DIR="$work/data"
start_instance 18093
wait_ready 18093
finding_id="$(add_finding 18093)"

# A real photo of 1.5 MB (padded with comments) sent at 150 KB/s: about ten seconds in flight.
java scripts/WriteJpeg.java "$work/slow.jpg" 1500000
curl -s -u engineer:rehabtrack-demo --limit-rate 150K -o "$work/slow.json" -w '%{http_code}' \
    -F "file=@$work/slow.jpg;type=image/jpeg" "http://localhost:18093/api/findings/$finding_id/photos" \
    > "$work/slow.status" &
upload=$!
sleep 3
kill -TERM "$pid_18093"
wait "$upload" || true
wait "$pid_18093" 2>/dev/null || true
status="$(cat "$work/slow.status")"
[ "$status" = "201" ] || fail "the upload in flight answered $status after SIGTERM"
# Started again, the photo is there: its row was committed and its file kept.
start_instance 18093
wait_ready 18093
photos="$(curl -sf -u engineer:rehabtrack-demo "http://localhost:18093/api/findings/$finding_id" | grep -o '"thumbnailUrl"' | wc -l)"
[ "$photos" = "1" ] || fail "the photo uploaded during the stop was not kept"
echo "an upload in flight when SIGTERM came was finished (201) and its photo kept"
echo "OK"
