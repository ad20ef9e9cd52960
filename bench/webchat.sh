#!/usr/bin/env bash
# Taawun web chat benchmark: CONVERSATIONS simultaneous conversations (1,000), each sending MESSAGES messages (5)
# one after the other through POST /api/v1/support/chat, against an application that is already running; p50 / p95
# / p99 latency, throughput and errors are written to bench/RESULTS.md (newest section first).
# Usage: bash bench/webchat.sh      (start the application first: ./mvnw spring-boot:run, or java -jar target/taawun.jar)
#        5,000 messages come from one address: start it with the chat's rate limit raised, e.g.
#        java -jar target/taawun.jar --taawun.rate-limits.support-chat.per-address=1000000/1s (a 429 counts as an error).
# Environment: BASE (http://127.0.0.1:8080), CONVERSATIONS (1000), MESSAGES (5), JAVA (java), WRITE=0 to print only.
# Needs the conversation engine: while no Chatbot is running the API answers 503 and the script stops.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BASE=${BASE:-http://127.0.0.1:8080}
CONVERSATIONS=${CONVERSATIONS:-1000}
MESSAGES=${MESSAGES:-5}
JAVA=${JAVA:-java}
RESULTS="$ROOT/bench/RESULTS.md"
TARGET_ERRORS=0

log() { printf '[webchat %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in curl "$JAVA" awk; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done
curl -fs -m 5 "$BASE/actuator/health" | grep -q '"UP"' || die "no healthy Taawun at $BASE (start it first, or set BASE)"
PROBE=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"text":"salam"}' "$BASE/api/v1/support/chat")
[[ "$PROBE" == 200 ]] || die "POST /api/v1/support/chat answered $PROBE, not 200 (is the conversation engine there?)"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "warm-up: 50 conversations"
"$JAVA" "$ROOT/bench/webchat-load.java" "$BASE" 50 "$MESSAGES" >/dev/null
log "measuring: $CONVERSATIONS simultaneous conversations x $MESSAGES messages"
OUT=$("$JAVA" "$ROOT/bench/webchat-load.java" "$BASE" "$CONVERSATIONS" "$MESSAGES")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$OUT"
val() { awk -F= -v k="$1" '$1 == k { print $2 }' <<<"$OUT"; }

ERRORS=$(val errors)
VERDICT=PASS
[[ "$ERRORS" -le "$TARGET_ERRORS" && "$(val lost_sessions)" == 0 ]] || VERDICT=FAIL
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet 2>/dev/null || COMMIT="$COMMIT (with uncommitted changes)"
SECTION=$(cat <<MD
## Web chat run $(date -u '+%Y-%m-%d %H:%M') UTC

- Machine: $(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM; load average before / after: ${LOAD_BEFORE} / ${LOAD_AFTER}
- Commit: ${COMMIT}; application at ${BASE} (started separately; the load generator runs on the same machine)
- Load: \`bash bench/webchat.sh\`: ${CONVERSATIONS} conversations started at once, each sending ${MESSAGES} messages one after the other (Darija in Latin and Arabic script, French, Arabic) through \`POST /api/v1/support/chat\` with its session, after a warm-up of 50 conversations

| Measure | Result | Target | |
|---|---|---|---|
| Requests / errors (non-200 or failed) / sessions lost | $(val requests) / ${ERRORS} ($(val error_kinds)) / $(val lost_sessions) | 0 errors, 0 lost | ${VERDICT} |
| Latency p50 / p95 / p99 / max | $(val p50_ms) / $(val p95_ms) / $(val p99_ms) / $(val max_ms) ms | | |
| Throughput | $(val throughput) messages/s over $(val seconds) s | | |

MD
)
if [[ "${WRITE:-1}" == 0 ]]; then
    echo "$SECTION"
    exit 0
fi
TMP=$(mktemp)
SECTION_FILE=$(mktemp)
echo "$SECTION" >"$SECTION_FILE"
if grep -q '^## ' "$RESULTS"; then
    awk -v file="$SECTION_FILE" '!done && /^## / { while ((getline line < file) > 0) print line; print ""; done = 1 } { print }' \
        "$RESULTS" >"$TMP"
else
    { cat "$RESULTS"; echo; cat "$SECTION_FILE"; } >"$TMP"
fi
rm -f "$SECTION_FILE"
mv "$TMP" "$RESULTS"
log "results written to $RESULTS"
