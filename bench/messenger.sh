#!/usr/bin/env bash
# Messenger webhook benchmark: RATE signed events per second for DURATION seconds, p99 of the 200 answers.
# Usage: bash bench/messenger.sh     (see bench/messenger.md; run it on an otherwise idle machine)
# Environment: PORT (8091), RATE (500), DURATION (30), WARMUP (20), STUB_PORT (8092), SECRET (bench-secret),
#              REBUILD=1 to rebuild the jar, BASE_URL to measure an application you started yourself (see below),
#              JAVA (java).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-8091}
RATE=${RATE:-500}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-20}
STUB_PORT=${STUB_PORT:-8092}
SECRET=${SECRET:-bench-secret}
JAVA=${JAVA:-java}
JAR=target/taawun.jar
RESULTS="$ROOT/bench/RESULTS.md"
START_TIMEOUT=${START_TIMEOUT:-180}
TARGET_P99_MS=50

log() { printf '[messenger-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in curl "$JAVA" awk; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/taawun-messenger-bench.XXXXXX")
APP_PID=""
stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 600); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
cleanup() {
    local rc=$?
    stop_app
    rm -rf "$WORK/data"
    log "logs kept in $WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if [[ -n "${BASE_URL:-}" ]]; then
    # An application you started yourself, e.g.
    #   java -jar target/taawun.jar --taawun.support.messenger.app-secret=bench-secret \
    #        --taawun.support.messenger.graph-api-url=http://127.0.0.1:8092/v21.0
    BASE=$BASE_URL
    HOW="application started by hand at $BASE_URL"
else
    BASE="http://127.0.0.1:${PORT}"
    curl -s -o /dev/null -m 2 "$BASE/" 2>/dev/null && die "something already answers on port $PORT; stop it or set PORT"
    if [[ "${REBUILD:-0}" == 1 || ! -f "$JAR" ]]; then
        log "building $JAR"
        ./mvnw -B -q -DskipTests package
    fi
    log "starting $JAR on port $PORT with the Messenger channel on (temporary data dir)"
    "$JAVA" -jar "$JAR" --server.port="$PORT" --taawun.data-dir="$WORK/data" --taawun.demo.enabled=false \
        --taawun.support.messenger.app-secret="$SECRET" \
        --taawun.support.messenger.verify-token=bench-verify \
        --taawun.support.messenger.page-access-token=bench-token \
        --taawun.support.messenger.graph-api-url="http://127.0.0.1:${STUB_PORT}/v21.0" \
        >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    deadline=$(( $(date +%s) + START_TIMEOUT ))
    until curl -s -m 1 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; die "application exited during start-up"; }
        (( $(date +%s) < deadline )) || die "application not UP within ${START_TIMEOUT} s"
        sleep 0.5
    done
    HOW="\`java -jar target/taawun.jar\` on a fresh data dir, no demo data, Messenger on (app secret set, Send API = the generator's local stub)"
fi

# Sanity: the channel is on, verification works, an unsigned body is refused.
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/webhooks/messenger?hub.mode=subscribe&hub.verify_token=bench-verify&hub.challenge=42")
[[ -n "${BASE_URL:-}" || "$code" == 200 ]] || die "verification answered $code (is the channel on?)"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/webhooks/messenger")
[[ "$code" == 403 ]] || die "an unsigned call answered $code, not 403 (is the app secret set?)"

# CPU time of the application (user + system, in clock ticks), to tell its own cost from the machine's contention.
cpu_ticks() { [[ -n "$APP_PID" ]] && awk '{ print $14 + $15 }' "/proc/$APP_PID/stat" || echo 0; }
TICKS_BEFORE=$(cpu_ticks)
log "load: $RATE events/s for $DURATION s after $WARMUP s of warm-up"
"$JAVA" "$ROOT/bench/messenger-load.java" "$BASE/webhooks/messenger" "$SECRET" "$RATE" "$DURATION" "$WARMUP" \
    "$STUB_PORT" | tee "$WORK/load.txt"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# Capacity, for comparison: wrk (closed model, 4 connections, each sends its next call when the last is answered).
WRK_LINE="wrk not installed"
if command -v wrk >/dev/null 2>&1; then
    log "capacity: wrk -t1 -c4 -d${DURATION}s"
    "$JAVA" "$ROOT/bench/messenger-load.java" --wrk-script "$WORK/bodies.lua" "$SECRET" 20000
    wrk -t1 -c4 -d"${DURATION}s" --latency -s "$WORK/bodies.lua" "$BASE/webhooks/messenger" >"$WORK/wrk.txt" 2>&1 || true
    to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : -1; if (f < 0) print "?"; else printf "%.2f", n * f }'; }
    WRK_LINE="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$WORK/wrk.txt") calls/s, p50 / p99 $(to_ms "$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")") / $(to_ms "$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")") ms, non-2xx $(awk -F': *' '/Non-2xx/ {print $2}' "$WORK/wrk.txt" | grep . || echo 0)"
fi
TICKS_AFTER=$(cpu_ticks)
if [[ -n "$APP_PID" ]]; then
    CPU_PER_EVENT=$(awk -v a="$TICKS_BEFORE" -v b="$TICKS_AFTER" -v hz="$(getconf CLK_TCK)" \
        -v n="$(( RATE * (DURATION + WARMUP) ))" 'BEGIN { printf "%.3f ms", (b - a) * 1000 / hz / n }')
else
    CPU_PER_EVENT="not measured (application started by hand)"
fi

val() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$WORK/load.txt"; }
P99=$(val p99)
STATUSES=$(val statuses)
ERRORS=$(val errors)
VERDICT=$(awk -v p="$P99" -v t="$TARGET_P99_MS" 'BEGIN { print (p + 0 < t) ? "PASS" : "FAIL" }')
ALL_200=$([[ "$STATUSES" == "{200=$(val requests)}" && "$ERRORS" == 0 ]] && echo PASS || echo FAIL)
if [[ -n "${BASE_URL:-}" ]]; then
    ENGINE="not known (application started by hand)"
elif grep -q 'no conversation engine' "$WORK/app.log"; then
    ENGINE="absent: events were checked, queued and counted, not answered"
else
    ENGINE="present: every event was answered through the outbox"
fi
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD 2>/dev/null || COMMIT="$COMMIT (with uncommitted changes)"
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)

SECTION="$WORK/section.md"
{
    echo "## Run $(date -u '+%Y-%m-%d %H:%M') UTC — Messenger webhook"
    echo
    echo "- Machine: $(nproc) CPUs, $CPU, $MEM RAM; load average before / after: $LOAD_BEFORE / $LOAD_AFTER"
    echo "- Commit: $COMMIT"
    echo "- Application: $HOW"
    echo "- Load: \`bench/messenger-load.java\`, open model at a fixed rate over 32 kept-alive connections (latency counted"
    echo "  from each call's planned instant), $WARMUP s warm-up, then $RATE signed events/s for $DURATION s, 1,000 senders,"
    echo "  a new message id each; the generator runs on the same machine"
    echo
    echo "| Measure | Result | Target | |"
    echo "|---|---|---|---|"
    echo "| Calls / achieved rate | $(val requests) / $(val achieved_rate) per s | $RATE per s | |"
    echo "| Answers | $STATUSES, errors $ERRORS | all 200 | $ALL_200 |"
    echo "| Latency p50 / p90 / p99 / max | $(val p50) / $(val p90) / $P99 / $(val max) ms | p99 < $TARGET_P99_MS ms | $VERDICT |"
    echo "| Capacity (wrk, closed model, 4 connections, $DURATION s, after the run) | $WRK_LINE | for information | |"
    echo "| Send API calls received by the stub during the run | $(val send_api_calls) | | |"
    echo "| Application CPU time per event (warm-up and run, answer and handling) | $CPU_PER_EVENT | | |"
    echo "| Conversation engine | $ENGINE | | |"
    echo
}>"$SECTION"

TMP="$WORK/RESULTS.md.new"
if [[ -f "$RESULTS" ]] && grep -q '^## Run ' "$RESULTS"; then
    awk -v section="$SECTION" '!done && /^## Run / { while ((getline line < section) > 0) print line; done = 1 } { print }' \
        "$RESULTS" >"$TMP"
else
    { [[ -f "$RESULTS" ]] && cat "$RESULTS" && echo; cat "$SECTION"; } >"$TMP"
fi
mv "$TMP" "$RESULTS"
cat "$SECTION"
log "results written to $RESULTS"
