#!/usr/bin/env bash
# Two RehabTrack instances on one PostgreSQL database, as behind a load balancer:
#
#   REHABTRACK_DB_KIND=postgresql mvn -DskipTests package   # the application built for PostgreSQL
#   scripts/two-instances.sh
#
# Both start at the same moment on a fresh database (migrations and the sample data must come out
# once); a browser signs in on the first and uses its session on the second; then the same
# milestone edit, with the same version, is sent to both at once: exactly one must succeed and the
# other answer 409. A photo added on one is served by the other (one shared photo folder).
# Exits non-zero when any of it does not hold.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
[ -f "$jar" ] || { echo "Build first: REHABTRACK_DB_KIND=postgresql mvn -DskipTests package" >&2; exit 2; }

url="$(scripts/postgresql.sh rehabtrack_cluster)"
export REHABTRACK_DEMO=true
export REHABTRACK_DB_URL="$url"
export REHABTRACK_SESSION_KEY="two-instances-check-session-key-0123456789"
export REHABTRACK_PHOTOS_DIR="$work/photos"
export REHABTRACK_DATA_DIR="$work/data"
start_instance 18081
start_instance 18082
wait_ready 18081
wait_ready 18082
echo "both instances ready"

centers="$(curl -sf -u manager:rehabtrack-demo http://localhost:18082/api/centers | grep -o '"code":"[^"]*"' | sort -u | wc -l)"
[ "$centers" = "3" ] || fail "expected the 3 sample centers once, found $centers"
echo "the sample data was loaded once: $centers centers"

# Sign in on the first instance, as a browser does.
jar_a="$work/cookies"
login="$(curl -sf -c "$jar_a" -b "$jar_a" http://localhost:18081/login)"
csrf="$(grep -o 'name="csrf-token" value="[^"]*"' <<< "$login" | head -1 | sed 's/.*value="//; s/"$//')"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar_a" -b "$jar_a" \
    --data-urlencode username=manager --data-urlencode password=rehabtrack-demo \
    --data-urlencode "csrf-token=$csrf" --data-urlencode next=/ http://localhost:18081/login)"
[ "$status" = "303" ] || fail "sign-in on the first instance answered $status"
session="$(awk '$6 == "rehabtrack-session" { print $7 }' "$jar_a")"
[ -n "$session" ] || fail "no session cookie from the first instance"

me="$(curl -sf -H "Cookie: rehabtrack-session=$session" http://localhost:18082/api/me)" \
    || fail "the second instance refused the first one's session"
grep -q '"username":"manager"' <<< "$me" || fail "the second instance did not know the session: $me"
echo "a session opened on the first instance is valid on the second"

# The page's CSRF token, for changes sent with the session cookie.
page="$(curl -sf -H "Cookie: rehabtrack-session=$session" http://localhost:18082/)"
token="$(grep -o 'name="csrf-token" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')"

milestone="$(curl -sf -u manager:rehabtrack-demo http://localhost:18081/api/centers/CAMR-OMOA/milestones \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
version="$(curl -sf -u manager:rehabtrack-demo "http://localhost:18081/api/milestones/$milestone" \
    | grep -o '"version":[0-9]*' | cut -d: -f2)"
racers=()
for port in 18081 18082; do
    curl -s -o "$work/race-$port.json" -w '%{http_code}\n' -X PATCH \
        -H "Cookie: rehabtrack-session=$session" -H "X-CSRF-Token: $token" \
        -H 'Content-Type: application/json' \
        -d "{\"version\":$version,\"forecastDate\":\"2027-0$((port - 18079))-15\"}" \
        "http://localhost:$port/api/milestones/$milestone" > "$work/race-$port.status" &
    racers+=($!)
done
wait "${racers[@]}"
results="$(cat "$work"/race-*.status | sort | tr '\n' ' ')"
[ "$results" = "200 409 " ] || fail "the race answered $results; expected one 200 and one 409"
echo "the same edit raced on both instances: one 200, one 409"

# A photo stored through one instance is served by the other.
write_png "$work/dot.png"
photo="$(add_finding_with_photo 18081 "$work/dot.png")"
curl -sf -u engineer:rehabtrack-demo -o "$work/served.png" "http://localhost:18082/api/photos/$photo" \
    || fail "the second instance could not serve a photo stored by the first"
curl -sf -u engineer:rehabtrack-demo -o "$work/stored.png" "http://localhost:18081/api/photos/$photo" \
    || fail "the first instance could not serve its own photo"
cmp -s "$work/stored.png" "$work/served.png" || fail "the photo served differs from the one stored"
echo "a photo stored by the first instance is served by the second"
echo "OK"
