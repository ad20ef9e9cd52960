#!/usr/bin/env bash
# Taawun benchmark: start-up time, throughput/latency of the public pages, home-page weight, memory.
# Usage: bash bench/run.sh      (see bench/README.md; run it on an otherwise idle machine)
# Environment: PORT (8089), WARMUP (10s per page), DURATION (30s), THREADS (2), CONNECTIONS (32),
#              SLUG (tiwizi-argan), REBUILD=1 to rebuild the jar, KEEP_DATA=1 to keep the temp data dir.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-8089}
WARMUP=${WARMUP:-10s}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
SLUG=${SLUG:-tiwizi-argan}
JAVA=${JAVA:-java}
JAR=target/taawun.jar
CDS_ARCHIVE=target/taawun.jsa   # written by the build (a training run); see the README
BASE="http://127.0.0.1:${PORT}"
RESULTS="$ROOT/bench/RESULTS.md"
START_TIMEOUT=${START_TIMEOUT:-180}

# Targets
TARGET_RPS=3000
TARGET_P99_MS=50
TARGET_WEIGHT_BYTES=20000   # 20 KB, counted as 20,000 bytes
TARGET_START_S=15

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in wrk curl "$JAVA" awk; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done

if curl -s -o /dev/null -m 2 "$BASE/" 2>/dev/null; then
    die "something already answers on port $PORT; stop it or set PORT"
fi

# What else is running decides whether the figures are trustworthy.
# busy_procs <pid to ignore>: processes using more than 20 % of a CPU over one second (second top sample).
# busy_procs <pid to ignore> [command name to ignore]
busy_procs() {
    top -b -n2 -d1 -w 512 2>/dev/null | awk -v skip="${1:-0}" -v skipname="${2:-}" '
        /^top -/ { blk++ }
        blk == 2 && $1 ~ /^[0-9]+$/ && $9 + 0 > 20 && $1 != skip && $12 != skipname && $12 != "top" && $12 != "wrk" {
            printf "%s%s (pid %s, %s%% CPU)", sep, $12, $1, $9; sep = ", " }' || true
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
OTHER_BUSY_BEFORE=$(busy_procs 0)

if [[ "${REBUILD:-0}" == 1 || ! -f "$JAR" ]]; then
    log "building $JAR"
    ./mvnw -B -q -DskipTests package
fi
[[ -f "$JAR" ]] || die "$JAR was not built"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/taawun-bench.XXXXXX")
DATA="$WORK/data"
mkdir -p "$DATA"
APP_PID=""

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

cleanup() {
    local rc=$?
    stop_app
    if [[ "${KEEP_DATA:-0}" != 1 ]]; then
        rm -rf "$DATA"
    fi
    log "application logs kept in $WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }

# start_app <log file> <data dir> [JVM options...]: launches the jar in the background (APP_PID), waits until UP.
# Sets START_HEALTH (seconds from launch to /actuator/health UP) and START_READY (to readiness UP,
# i.e. after the application runners that load the demo data).
start_app() {
    local logfile=$1 datadir=$2 t0 t_health="" t_ready="" deadline
    shift 2
    t0=$(now_ns)
    "$JAVA" "$@" -jar "$JAR" --server.port="$PORT" --taawun.data-dir="$datadir" >"$logfile" 2>&1 &
    APP_PID=$!
    deadline=$(( t0 + START_TIMEOUT * 1000000000 ))
    while [[ -z "$t_ready" ]]; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -40 "$logfile" >&2
            die "application exited during start-up (log: $logfile)"
        fi
        (( $(now_ns) < deadline )) || die "application not UP within ${START_TIMEOUT} s (log: $logfile)"
        if [[ -z "$t_health" ]] && curl -s -m 1 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            t_health=$(now_ns)
        fi
        if [[ -n "$t_health" ]] && curl -s -m 1 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
            t_ready=$(now_ns)
        fi
        [[ -n "$t_ready" ]] || sleep 0.1
    done
    START_HEALTH=$(awk -v a="$t0" -v b="$t_health" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    START_READY=$(awk -v a="$t0" -v b="$t_ready" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
}

# Seconds the JVM itself reports ("Started ... in X seconds").
reported_start() { grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$1" | grep -oE '[0-9.]+' | head -1 || true; }

# --- 1. starts with the class data sharing archive of the build (java -XX:SharedArchiveFile=...), then without ---
[[ -f "$CDS_ARCHIVE" ]] || die "$CDS_ARCHIVE is missing: build with ./mvnw package (not -Dtaawun.cds.skip=true)"
mkdir -p "$WORK/data-cds"
log "cold start with $CDS_ARCHIVE on empty data dir $WORK/data-cds"
start_app "$WORK/app-cds-cold.log" "$WORK/data-cds" -XX:SharedArchiveFile="$CDS_ARCHIVE"
CDS_COLD_HEALTH=$START_HEALTH CDS_COLD_READY=$START_READY
stop_app
log "warm start with $CDS_ARCHIVE"
start_app "$WORK/app-cds-warm.log" "$WORK/data-cds" -XX:SharedArchiveFile="$CDS_ARCHIVE"
CDS_WARM_HEALTH=$START_HEALTH CDS_WARM_READY=$START_READY
# The JVM warns (and starts without the archive) when it does not match the jar or the JVM.
CDS_WARNINGS=$(cat "$WORK/app-cds-cold.log" "$WORK/app-cds-warm.log" | grep -c '\[cds' || true)
stop_app
log "cold start with $CDS_ARCHIVE: ${CDS_COLD_HEALTH} s, warm ${CDS_WARM_HEALTH} s"

# --- 1b. the README's first command, Maven included: ./mvnw spring-boot:run (cold, then warm) ---
# mvn_start <log file> <data dir>: runs it until /actuator/health is UP (START_HEALTH), then stops the application.
mvn_start() {
    local logfile=$1 datadir=$2 t0 mvn t_health=""
    t0=$(now_ns)
    ./mvnw -o -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --taawun.data-dir=$datadir" \
        >"$logfile" 2>&1 &
    mvn=$!
    while [[ -z "$t_health" ]]; do
        kill -0 "$mvn" 2>/dev/null || { tail -40 "$logfile" >&2; die "./mvnw spring-boot:run exited (log: $logfile)"; }
        (( $(now_ns) < t0 + START_TIMEOUT * 1000000000 )) || die "./mvnw spring-boot:run not UP within ${START_TIMEOUT} s"
        if curl -s -m 1 "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            t_health=$(now_ns)
        else
            sleep 0.1
        fi
    done
    START_HEALTH=$(awk -v a="$t0" -v b="$t_health" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
    # The application runs in a JVM that Maven forked: stop that one (gracefully), then Maven ends.
    APP_PID=$(pgrep -f "org.taawun.TaawunApplication.*--server.port=$PORT" | head -1 || true)
    stop_app
    wait "$mvn" 2>/dev/null || true
}
mkdir -p "$WORK/data-mvn"
log "cold start with ./mvnw spring-boot:run on empty data dir $WORK/data-mvn"
mvn_start "$WORK/app-mvn-cold.log" "$WORK/data-mvn"
MVN_COLD_HEALTH=$START_HEALTH
log "warm start with ./mvnw spring-boot:run"
mvn_start "$WORK/app-mvn-warm.log" "$WORK/data-mvn"
MVN_WARM_HEALTH=$START_HEALTH
MVN_REPORTED="$(reported_start "$WORK/app-mvn-cold.log") / $(reported_start "$WORK/app-mvn-warm.log")"
log "./mvnw spring-boot:run: cold ${MVN_COLD_HEALTH} s, warm ${MVN_WARM_HEALTH} s (application: ${MVN_REPORTED} s)"

# --- 2. cold start without the archive (empty data dir: initdb, migrations, demo data) ---
log "cold start on empty data dir $DATA"
start_app "$WORK/app-cold.log" "$DATA"
COLD_HEALTH=$START_HEALTH COLD_READY=$START_READY
COLD_REPORTED=$(reported_start "$WORK/app-cold.log")
log "cold start: health UP after ${COLD_HEALTH} s, readiness UP after ${COLD_READY} s"
stop_app

# --- 2b. warm start (same data dir); this instance takes the load below ---
log "warm start on the same data dir"
start_app "$WORK/app-warm.log" "$DATA"
WARM_HEALTH=$START_HEALTH WARM_READY=$START_READY
WARM_REPORTED=$(reported_start "$WORK/app-warm.log")
log "warm start: health UP after ${WARM_HEALTH} s, readiness UP after ${WARM_READY} s"

# --- 3. sanity: the pages answer 200 ---
for path in / "/c/$SLUG"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
    [[ "$code" == 200 ]] || die "GET $path answered $code"
done

# --- 4. home page weight: HTML + stylesheets + scripts, gzip bytes on the wire ---
HOME_HTML=$(curl -s --compressed -H 'Accept-Encoding: gzip' "$BASE/")
mapfile -t ASSETS < <(
    { grep -oiE '<link[^>]*rel="stylesheet"[^>]*>' <<<"$HOME_HTML" | grep -oiE 'href="[^"]+"' | sed -E 's/^href="(.*)"$/\1/I'
      grep -oiE '<script[^>]*src="[^"]+"' <<<"$HOME_HTML" | grep -oiE 'src="[^"]+"' | sed -E 's/^src="(.*)"$/\1/I'
    } | awk '!seen[$0]++' || true)
WEIGHT_TOTAL=0
WEIGHT_ROWS=""
for url in / "${ASSETS[@]}"; do
    case "$url" in
        http://*|https://*) full="$url" ;;
        //*) full="http:$url" ;;
        /*) full="$BASE$url" ;;
        *) full="$BASE/$url" ;;
    esac
    read -r gz code enc < <(curl -s -H 'Accept-Encoding: gzip' -o /dev/null \
        -w '%{size_download} %{http_code} %header{content-encoding}\n' "$full" | awk '{print $1, $2, ($3 == "" ? "identity" : $3)}')
    raw=$(curl -s -o /dev/null -w '%{size_download}' "$full")
    [[ "$code" == 200 ]] || log "WARNING: $url answered $code"
    WEIGHT_TOTAL=$(( WEIGHT_TOTAL + gz ))
    WEIGHT_ROWS+="| \`$url\` | $code | $enc | $gz | $raw |"$'\n'
done
log "home page HTML+CSS+JS: $WEIGHT_TOTAL bytes compressed"

# --- 5. load ---
# to_ms <value with unit> : wrk prints us, ms, s or m.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1;
    if (f < 0) print "?"; else printf "%.2f", n * f }'; }

# run_wrk <path> <duration> <output file>
run_wrk() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -H 'Accept-Encoding: gzip' "$BASE$1" >"$3" 2>&1 \
        || log "WARNING: wrk exited with $? on $1"
}
# parse_wrk <output file> : prints "rps p50 p90 p99 requests non2xx socket_errors"
parse_wrk() {
    local f=$1 rps p50 p90 p99 reqs non2xx sockerr
    rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$f")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$f")")
    p90=$(to_ms "$(awk '$1 == "90%" {print $2}' "$f")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$f")")
    reqs=$(awk '/requests in/ {print $1}' "$f")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$f")
    # "Socket errors: connect 0, read 0, write 0, timeout 14" -> "timeout 14" (only the non-zero ones)
    sockerr=$(awk '/Socket errors/ { sub(/^ *Socket errors: */, ""); n = split($0, a, /, */); out = "";
        for (i = 1; i <= n; i++) { split(a[i], kv, " "); if (kv[2] + 0 > 0) out = out (out == "" ? "" : "_") kv[1] "_" kv[2] }
        print out }' "$f")
    echo "${rps:-?} ${p50:-?} ${p90:-?} ${p99:-?} ${reqs:-?} ${non2xx:-0} ${sockerr:-0}"
}

log "warm-up: $WARMUP on / and on /c/$SLUG"
run_wrk / "$WARMUP" "$WORK/wrk-warmup-home.txt"
run_wrk "/c/$SLUG" "$WARMUP" "$WORK/wrk-warmup-coop.txt"

LOAD_DURING=$(cut -d' ' -f1-3 /proc/loadavg)
OTHER_BUSY_DURING=$(busy_procs "$APP_PID")

log "measuring / for $DURATION"
run_wrk / "$DURATION" "$WORK/wrk-home.txt"
log "measuring /c/$SLUG for $DURATION"
# Half-way through, note what else uses the CPU (our own PostgreSQL is busy then, so postgres is left out).
( sleep 10; { cut -d' ' -f1-3 /proc/loadavg; busy_procs "$APP_PID" postgres; echo; } >"$WORK/busy-under-load.txt" ) &
SAMPLER_PID=$!
run_wrk "/c/$SLUG" "$DURATION" "$WORK/wrk-coop.txt"
wait "$SAMPLER_PID" 2>/dev/null || true
LOAD_UNDER_LOAD=$(sed -n 1p "$WORK/busy-under-load.txt" 2>/dev/null || true)
OTHER_BUSY_UNDER_LOAD=$(sed -n 2p "$WORK/busy-under-load.txt" 2>/dev/null || true)
read -r HOME_RPS HOME_P50 HOME_P90 HOME_P99 HOME_REQS HOME_NON2XX HOME_SOCK < <(parse_wrk "$WORK/wrk-home.txt")
read -r COOP_RPS COOP_P50 COOP_P90 COOP_P99 COOP_REQS COOP_NON2XX COOP_SOCK < <(parse_wrk "$WORK/wrk-coop.txt")
HOME_SOCK=${HOME_SOCK//_/ } COOP_SOCK=${COOP_SOCK//_/ }
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 6. memory after the load ---
RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
# The embedded PostgreSQL is started through pg_ctl and so is not a child of the JVM: find it by its pid file.
PG_PID=$(head -1 "$DATA/pg/postmaster.pid" 2>/dev/null || true)
PG_RSS_KB=0
if [[ -n "$PG_PID" ]]; then
    PG_RSS_KB=$(ps -eo pid=,ppid=,rss= | awk -v pg="$PG_PID" '$1 == pg || $2 == pg { s += $3 } END { print s + 0 }')
fi
RSS_MB=$(awk -v k="$RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')
PG_RSS_MB=$(awk -v k="$PG_RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')
log "RSS after load: java ${RSS_MB} MB, postgres processes ${PG_RSS_MB} MB"

stop_app

# --- 7. application log check ---
log_summary() {
    local f=$1 errors warns
    errors=$(grep -cE '^[0-9TZ:.-]+ +ERROR ' "$f" || true)
    warns=$(grep -cE '^[0-9TZ:.-]+ +WARN ' "$f" || true)
    echo "${errors} ERROR, ${warns} WARN"
}
log_lines() {
    grep -hE '^[0-9TZ:.-]+ +(ERROR|WARN) ' "$@" | sed -E 's/^[0-9TZ:.-]+ +//; s/ [0-9]+ --- \[[^]]*\] +\[ *([^]]*)\] /  [\1] /' \
        | cut -c1-220 | awk '!seen[$0]++' | head -12 | sed 's/^/    /' || true
}
COLD_LOG_SUMMARY=$(log_summary "$WORK/app-cold.log")
WARM_LOG_SUMMARY=$(log_summary "$WORK/app-warm.log")
LOG_LINES=$(log_lines "$WORK/app-cold.log" "$WORK/app-warm.log")
LOG_BLOCK=""
if [[ -n "$LOG_LINES" ]]; then
    LOG_BLOCK=$(printf '\nDistinct ERROR/WARN lines (timestamps stripped):\n\n%s\n' "$LOG_LINES")
fi
COOP_NON2XX_VERDICT=FAIL; [[ "$COOP_NON2XX" == 0 ]] && COOP_NON2XX_VERDICT=PASS
HOME_NON2XX_VERDICT=FAIL; [[ "$HOME_NON2XX" == 0 ]] && HOME_NON2XX_VERDICT=PASS

# --- 8. results ---
verdict() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { if (v == "?" ) { print "n/a"; exit }
    ok = (op == "<") ? (v + 0 < t + 0) : (v + 0 >= t + 0); print ok ? "PASS" : "FAIL" }'; }

DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
CPU_MODEL=$(lscpu 2>/dev/null | awk -F': *' '/^Model name/ {print $2; exit}')
MEM_TOTAL=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
NPROC=$(nproc)
JAVA_VERSION=$("$JAVA" -version 2>&1)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n "$(git status --porcelain --untracked-files=no 2>/dev/null || true)" ]]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
WEIGHT_KB=$(awk -v b="$WEIGHT_TOTAL" 'BEGIN { printf "%.1f", b / 1000 }')

BUSY_NOTE=""
if awk -v l="${LOAD_BEFORE%% *}" -v n="$NPROC" 'BEGIN { exit !(l > 0.3 * n) }' || [[ -n "$OTHER_BUSY_BEFORE$OTHER_BUSY_DURING$OTHER_BUSY_UNDER_LOAD" ]]; then
    BUSY_NOTE="**Machine not idle**: load average before the run ${LOAD_BEFORE}; other processes using > 20 % CPU before the run: ${OTHER_BUSY_BEFORE:-none}; just before the measured runs: ${OTHER_BUSY_DURING:-none}; during the \`/c/${SLUG}\` run (load average ${LOAD_UNDER_LOAD:-?}): ${OTHER_BUSY_UNDER_LOAD:-none}. The figures are pessimistic."
fi

SECTION=$(cat <<MD
## Run ${DATE}

- Machine: ${NPROC} CPUs, ${CPU_MODEL:-unknown CPU}, ${MEM_TOTAL} RAM; load average before / before measuring / after: ${LOAD_BEFORE} / ${LOAD_DURING} / ${LOAD_AFTER}
- Commit: ${COMMIT}
- Load: \`wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION} --latency -H 'Accept-Encoding: gzip'\` on the same machine, after ${WARMUP} of warm-up per page
${BUSY_NOTE:+- ${BUSY_NOTE}}

\`\`\`
${JAVA_VERSION}
\`\`\`

| Measure | Result | Target | |
|---|---|---|---|
| \`/c/${SLUG}\` throughput | ${COOP_RPS} req/s | ≥ ${TARGET_RPS} req/s | $(verdict "$COOP_RPS" ">=" "$TARGET_RPS") |
| \`/c/${SLUG}\` latency p50 / p90 / p99 | ${COOP_P50} / ${COOP_P90} / ${COOP_P99} ms | p99 < ${TARGET_P99_MS} ms | $(verdict "$COOP_P99" "<" "$TARGET_P99_MS") |
| \`/\` throughput | ${HOME_RPS} req/s | | |
| \`/\` latency p50 / p90 / p99 | ${HOME_P50} / ${HOME_P90} / ${HOME_P99} ms | | |
| Requests / non-2xx-3xx / socket errors (\`/c/${SLUG}\`) | ${COOP_REQS} / ${COOP_NON2XX} / ${COOP_SOCK} | 0 non-2xx | ${COOP_NON2XX_VERDICT} |
| Requests / non-2xx-3xx / socket errors (\`/\`) | ${HOME_REQS} / ${HOME_NON2XX} / ${HOME_SOCK} | 0 non-2xx | ${HOME_NON2XX_VERDICT} |
| Home page HTML + CSS + JS, compressed | ${WEIGHT_TOTAL} B (${WEIGHT_KB} KB) | < 20 KB | $(verdict "$WEIGHT_TOTAL" "<" "$TARGET_WEIGHT_BYTES") |
| Cold start with the build's CDS archive (\`java -XX:SharedArchiveFile=${CDS_ARCHIVE} -jar ${JAR}\`), empty data dir (launch → \`/actuator/health\` UP) | ${CDS_COLD_HEALTH} s | < ${TARGET_START_S} s | $(verdict "$CDS_COLD_HEALTH" "<" "$TARGET_START_S") |
| Warm start with the CDS archive, same data dir | ${CDS_WARM_HEALTH} s | < ${TARGET_START_S} s | $(verdict "$CDS_WARM_HEALTH" "<" "$TARGET_START_S") |
| The README's first command, \`./mvnw spring-boot:run\` (Maven included), empty data dir / same data dir (command → \`/actuator/health\` UP; the application's own "Started … in": ${MVN_REPORTED} s) | ${MVN_COLD_HEALTH} / ${MVN_WARM_HEALTH} s | < ${TARGET_START_S} s | $(verdict "$MVN_COLD_HEALTH" "<" "$TARGET_START_S") / $(verdict "$MVN_WARM_HEALTH" "<" "$TARGET_START_S") |
| Cold start without the archive (\`java -jar ${JAR}\`), empty data dir | ${COLD_HEALTH} s | < ${TARGET_START_S} s | $(verdict "$COLD_HEALTH" "<" "$TARGET_START_S") |
| Warm start without the archive, same data dir | ${WARM_HEALTH} s | < ${TARGET_START_S} s | $(verdict "$WARM_HEALTH" "<" "$TARGET_START_S") |
| CDS warnings in the log of the runs with the archive (0: the archive was used) | ${CDS_WARNINGS} | 0 | $(verdict "$CDS_WARNINGS" "<" 1) |
| Launch → readiness UP (demo data loaded): with the archive cold / warm, without cold / warm | ${CDS_COLD_READY} / ${CDS_WARM_READY} / ${COLD_READY} / ${WARM_READY} s | | |
| JVM-reported "Started … in", cold / warm | ${COLD_REPORTED:-?} / ${WARM_REPORTED:-?} s | | |
| RSS of the Java process after the load | ${RSS_MB} MB | | |
| RSS of its PostgreSQL processes (shared buffers counted per process) | ${PG_RSS_MB} MB | | |

Home page weight (gzip bytes on the wire, \`curl -H 'Accept-Encoding: gzip'\`):

| URL | Status | Content-Encoding | Bytes on the wire | Uncompressed |
|---|---|---|---|---|
${WEIGHT_ROWS%$'\n'}

Application log: cold run ${COLD_LOG_SUMMARY}; warm run (incl. load and shutdown) ${WARM_LOG_SUMMARY}.
${LOG_BLOCK}

<details><summary>wrk output</summary>

\`\`\`
\$ wrk ... ${BASE}/
$(cat "$WORK/wrk-home.txt")

\$ wrk ... ${BASE}/c/${SLUG}
$(cat "$WORK/wrk-coop.txt")
\`\`\`

</details>
MD
)

SECTION_FILE="$WORK/section.md"
printf '%s\n' "$SECTION" >"$SECTION_FILE"
TMP_RESULTS="$WORK/RESULTS.md.new"
if [[ -f "$RESULTS" ]] && grep -q '^## Run ' "$RESULTS"; then
    # New section goes above the newest older one; everything else is kept as it is.
    awk -v section_file="$SECTION_FILE" '
        BEGIN { while ((getline l < section_file) > 0) s = s l "\n" }
        !done && /^## Run / { printf "%s\n", s; done = 1 }
        { print }' "$RESULTS" >"$TMP_RESULTS"
elif [[ -f "$RESULTS" ]]; then
    { cat "$RESULTS"; echo; cat "$SECTION_FILE"; } >"$TMP_RESULTS"
else
    { echo "# Taawun benchmark results"; echo
      echo "Written by \`bench/run.sh\` (see \`bench/README.md\`). Newest run first; older runs are kept below."; echo
      cat "$SECTION_FILE"; } >"$TMP_RESULTS"
fi
mv "$TMP_RESULTS" "$RESULTS"

printf '\n%s\n\n' "$SECTION" | sed -n '1,/^<details>/p'
log "results written to $RESULTS"
