# Shared by the scripts that start the packaged application: sourced, not run.

jar="target/quarkus-app/quarkus-run.jar"
pids=()
work="$(mktemp -d)"

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# start_instance PORT: starts the application in the background with the current environment.
start_instance() {
    PORT="$1" java -jar "$jar" > "$work/instance-$1.log" 2>&1 &
    pids+=($!)
    eval "pid_$1=$!"
}

# wait_ready PORT: waits until the instance on PORT is ready (database reached), or fails.
wait_ready() {
    for _ in $(seq 1 90); do
        curl -sf "http://localhost:$1/q/health/ready" > /dev/null && return 0
        sleep 1
    done
    cat "$work/instance-$1.log" >&2
    fail "the instance on port $1 is not ready"
}

# stop_instance PORT: stops it as a service manager would (SIGTERM) and waits for it to end.
stop_instance() {
    local pid_var="pid_$1"
    kill "${!pid_var}"
    wait "${!pid_var}" 2>/dev/null || true
}

# add_finding PORT: a finding on Omoa's first evaluation; prints its id.
add_finding() {
    local evaluation
    evaluation="$(curl -sf -u engineer:rehabtrack-demo "http://localhost:$1/api/centers/CAMR-OMOA/evaluations" \
        | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
    curl -sf -u engineer:rehabtrack-demo -H 'Content-Type: application/json' \
        -d '{"category":"ROOF","severity":"LOW","title":"Checked by a script"}' \
        "http://localhost:$1/api/evaluations/$evaluation/findings" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}

# add_finding_with_photo PORT FILE: a new finding with FILE (a PNG) as its photo; prints the photo's id.
add_finding_with_photo() {
    local finding
    finding="$(add_finding "$1")"
    curl -sf -u engineer:rehabtrack-demo -F "file=@$2;type=image/png" \
        "http://localhost:$1/api/findings/$finding/photos" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2
}

# write_png FILE: a real one-pixel PNG, one that decodes (its IDAT's checksum is right): the
# service decodes every photo and refuses one that does not.
write_png() {
    printf '\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x0c\x49\x44\x41\x54\x78\xda\x63\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xf7\x03\x41\x43\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82' > "$1"
}
