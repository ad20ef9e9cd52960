#!/usr/bin/env bash
# Taawun marketplace benchmark: 2,000 cooperatives and 50,000 products (bench/generate.sql), then throughput and
# latency of a storefront, of search (page and API) and of order placement, page weights, a thumbnail's size and the
# server time of search.
# Usage: bash bench/marketplace.sh      (see bench/README.md; run it on an otherwise idle machine)
# Environment: PORT (8091), WARMUP (10s per target), DURATION (30s), THREADS (2), CONNECTIONS (32),
#              ORDER_WARMUP (120s), SLUG (bench-coop-0042), ORDER_IDS (3000), SAMPLES (200), SEARCH_WARMUP (600), REBUILD=1 to rebuild the jar,
#              KEEP_DATA=1 to keep the temp data dir, START_TIMEOUT (180 s), INDEX_TIMEOUT (300 s),
#              APP_ARGS (extra arguments for the application, for experiments; recorded in RESULTS.md).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-8091}
WARMUP=${WARMUP:-10s}
# Order placement runs code (JPA inserts, the outbox) that the page loads before did not warm up: the JIT compiler
# needs a couple of minutes of orders before the figures are those of a server that has been running.
ORDER_WARMUP=${ORDER_WARMUP:-120s}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
SLUG=${SLUG:-bench-coop-0042}
ORDER_IDS=${ORDER_IDS:-3000}
SAMPLES=${SAMPLES:-200}
SEARCH_WARMUP=${SEARCH_WARMUP:-600}
JAVA=${JAVA:-java}
JAR=target/taawun.jar
BASE="http://127.0.0.1:${PORT}"
RESULTS="$ROOT/bench/RESULTS.md"
START_TIMEOUT=${START_TIMEOUT:-180}
INDEX_TIMEOUT=${INDEX_TIMEOUT:-300}
APP_ARGS=${APP_ARGS:-}
BENCH_LIMITS="--taawun.rate-limits.order.per-address=1000000/1s --taawun.rate-limits.order.per-recipient=1000000/1s"

# Targets (KB counted as 1,000 bytes, like bench/run.sh)
TARGET_RPS=3000
TARGET_P99_MS=50
TARGET_SEARCH_P95_MS=20
TARGET_ORDERS=300
TARGET_PAGE_BYTES=30000
TARGET_THUMB_BYTES=15000

log() { printf '[marketplace %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in wrk curl "$JAVA" psql awk top od; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done
[[ "$DURATION" =~ ^[0-9]+s$ && "$WARMUP" =~ ^[0-9]+s$ && "$ORDER_WARMUP" =~ ^[0-9]+s$ ]] || die "WARMUP and DURATION must be given in seconds, like 30s"
DURATION_S=${DURATION%s}

if curl -s -o /dev/null -m 2 "$BASE/" 2>/dev/null; then
    die "something already answers on port $PORT; stop it or set PORT"
fi

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
UPTIME_BEFORE=$(uptime)

if [[ "${REBUILD:-0}" == 1 || ! -f "$JAR" ]]; then
    log "building $JAR"
    ./mvnw -B -q -DskipTests package
fi
[[ -f "$JAR" ]] || die "$JAR was not built"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/taawun-marketplace.XXXXXX")
DATA="$WORK/data"
mkdir -p "$DATA"
APP_PID=""
COOKIES="$WORK/admin-cookies.txt"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

cleanup() {
    local rc=$?
    stop_app
    if [[ "${KEEP_DATA:-0}" != 1 ]]; then
        rm -rf "$DATA"
    fi
    log "application logs and raw outputs kept in $WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM


# urlencode <text>: percent-encodes UTF-8 bytes (RFC 3986 unreserved characters kept).
urlencode() {
    local h out=""
    for h in $(printf '%s' "$1" | od -An -v -tx1); do
        case $h in
            3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]|2d|2e|5f|7e) out+=$(printf "\\x$h") ;;
            *) out+="%${h^^}" ;;
        esac
    done
    printf '%s' "$out"
}

# search_total <query>: the "total" the search API reports for the query, or "" if it does not answer 200.
search_total() {
    local body code
    body=$(curl -s -m 10 -w '\n%{http_code}' "$BASE/api/v1/products?q=$(urlencode "$1")&size=1" 2>/dev/null || true)
    code=${body##*$'\n'}
    [[ "$code" == 200 ]] || { echo ""; return; }
    grep -oE '"total":[0-9]+' <<<"${body%$'\n'*}" | grep -oE '[0-9]+' | head -1 || true
}

# --- 1. first start on an empty data dir (migrations, demo data) ---
log "first start on empty data dir $DATA"
start_app "$WORK/app-first.log"
log "ready after ${START_SECONDS} s"
PGPORT=$(pg_port "$WORK/app-first.log")
[[ -n "$PGPORT" ]] || die "no 'Embedded PostgreSQL started on port N' in $WORK/app-first.log"
PG_URL="postgresql://postgres@localhost:${PGPORT}/postgres"
psql_q() { psql -X -q -At -v ON_ERROR_STOP=1 "$PG_URL" -c "$1"; }

# --- 2. benchmark data ---
log "loading bench/generate.sql into PostgreSQL on port $PGPORT"
T_GEN=$(now_ns)
psql -X -q -v ON_ERROR_STOP=1 -f "$ROOT/bench/generate.sql" "$PG_URL" >"$WORK/generate.out" 2>&1 \
    || { cat "$WORK/generate.out" >&2; die "bench/generate.sql failed"; }
GENERATE_SECONDS=$(secs_since "$T_GEN")
log "generated in ${GENERATE_SECONDS} s: $(tr -s ' \n' ' ' <"$WORK/generate.out")"
COUNTS=$(psql_q "select (select count(*) from cooperative.cooperatives where status = 'VERIFIED') || ' verified cooperatives, '
    || (select count(*) from catalog.products where status = 'PUBLISHED') || ' published products'")
stop_app

# --- 3. restart with the search index deleted: the application rebuilds it from the database ---
rm -rf "$DATA/search-index"
log "restart with $DATA/search-index deleted"
# The index may be rebuilt before readiness (an application runner): allow for it.
start_app "$WORK/app.log" $(( START_TIMEOUT + INDEX_TIMEOUT ))
RESTART_SECONDS=$START_SECONDS
PGPORT=$(pg_port "$WORK/app.log")
PG_URL="postgresql://postgres@localhost:${PGPORT}/postgres"
log "ready after ${RESTART_SECONDS} s; waiting for the search index (argan in the thousands)"
SEARCH_AVAILABLE=1
INDEX_NOTE=""
ARGAN_TOTAL=""
deadline=$(( $(now_ns) + INDEX_TIMEOUT * 1000000000 ))
while :; do
    ARGAN_TOTAL=$(search_total argan)
    if [[ -n "$ARGAN_TOTAL" ]] && (( ARGAN_TOTAL >= 1000 )); then
        break
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/products?q=argan&size=1" || true)
    if [[ "$code" == 404 ]]; then
        SEARCH_AVAILABLE=0
        INDEX_NOTE="GET /api/v1/products?q=argan answered 404: search is not part of this build."
        log "$INDEX_NOTE"
        break
    fi
    if (( $(now_ns) > deadline )); then
        INDEX_NOTE="the search index did not reach 1,000 argan hits within ${INDEX_TIMEOUT} s (last total: ${ARGAN_TOTAL:-none}, status $code); the application does not seem to rebuild an empty index at start-up."
        log "WARNING: $INDEX_NOTE"
        break
    fi
    sleep 1
done
INDEX_SECONDS=$(secs_since "$START_T0")
REBUILD_LOG=$(grep -oE 'search index rebuilt in [0-9]+ ms' "$WORK/app.log" | head -1 || true)
if [[ -z "$INDEX_NOTE" ]]; then
    INDEX_NOTE="rebuilt at start-up${REBUILD_LOG:+ (log: \"${REBUILD_LOG}\")}: argan gives ${ARGAN_TOTAL} hits ${INDEX_SECONDS} s after launch (readiness UP after ${RESTART_SECONDS} s)."
    log "search index ready: $INDEX_NOTE"
fi

# --- 4. what the pages answer ---
Q_ARGAN_FR=$(urlencode "huile argan")
Q_AMLOU_AR=$(urlencode "أملو")
DEMO_PRODUCT=$(psql_q "select p.id from catalog.products p join catalog.photos ph on ph.product_id = p.id and ph.position = 0
    join cooperative.cooperatives c on c.id = p.cooperative_id
    where p.status = 'PUBLISHED' and c.slug not like 'bench-coop-%' order by p.name_fr limit 1")
THUMB=$(psql_q "select ph.small from catalog.photos ph where ph.product_id = '${DEMO_PRODUCT}' and ph.position = 0")
declare -a TARGET_NAMES=(coop search_fr search_ar api)
declare -A TARGET_PATH=(
    [coop]="/c/$SLUG"
    [search_fr]="/search?q=$Q_ARGAN_FR"
    [search_ar]="/search?q=$Q_AMLOU_AR"
    [api]="/api/v1/products?q=amlou"
)
declare -A TARGET_LABEL=(
    [coop]="/c/$SLUG"
    [search_fr]="/search?q=huile%20argan"
    [search_ar]="/search?q=أملو"
    [api]="/api/v1/products?q=amlou"
)
STATUS_ROWS=""
for name in "${TARGET_NAMES[@]}"; do
    code=$(curl -s -o "$WORK/sample-$name.out" -w '%{http_code} %{size_download}' "$BASE${TARGET_PATH[$name]}" || true)
    STATUS_ROWS+="| \`${TARGET_LABEL[$name]}\` | ${code% *} | ${code#* } |"$'\n'
    [[ "${code% *}" == 200 ]] || log "WARNING: ${TARGET_LABEL[$name]} answered ${code% *}"
done
API_AMLOU_TOTAL=$(search_total amlou)
API_AMLOU_AR_TOTAL=$(search_total "أملو")

# --- 5. load ---
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1;
    if (f < 0) print "?"; else printf "%.2f", n * f }'; }
# parse_wrk <output file> : prints "rps p50 p90 p99 requests non2xx socket_errors"
parse_wrk() {
    local f=$1 rps p50 p90 p99 reqs non2xx sockerr
    rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$f")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$f")")
    p90=$(to_ms "$(awk '$1 == "90%" {print $2}' "$f")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$f")")
    reqs=$(awk '/requests in/ {print $1}' "$f")
    non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$f")
    sockerr=$(awk '/Socket errors/ { sub(/^ *Socket errors: */, ""); n = split($0, a, /, */); out = "";
        for (i = 1; i <= n; i++) { split(a[i], kv, " "); if (kv[2] + 0 > 0) out = out (out == "" ? "" : "_") kv[1] "_" kv[2] }
        print out }' "$f")
    # No latency at all (every request timed out): wrk prints 0.00us.
    if [[ "$p99" == 0.00 ]]; then p50="?" p90="?" p99="?"; fi
    echo "${rps:-?} ${p50:-?} ${p90:-?} ${p99:-?} ${reqs:-?} ${non2xx:-0} ${sockerr:-0}"
}

# cpu_sample <output file> <seconds>: average %CPU over the run (top frames every 3 s, the first frame, which counts
# since process start, left out) of the application's JVM, of its PostgreSQL processes, of wrk and of everything else
# on the machine (other JVMs included); the machine's mean idle share; the load average at the end; and the other
# commands that used more than 10 % of a CPU on average.
cpu_sample() {
    local frames=$(( $2 / 3 )) pg_pid pg_pids
    (( frames >= 2 )) || frames=2
    pg_pid=$(head -1 "$DATA/pg/postmaster.pid" 2>/dev/null || echo 0)
    pg_pids=$(ps -eo pid=,ppid= | awk -v pg="$pg_pid" '$1 == pg || $2 == pg { printf "%s,", $1 }')
    top -b -n "$frames" -d3 -w 512 2>/dev/null | awk -v frames="$frames" -v app="$APP_PID" -v pgs=",$pg_pids" '
        /^top -/ { blk++; l = $0; sub(/.*load average: */, "", l); load = l; next }
        blk >= 2 && /^%Cpu/ { for (i = 1; i <= NF; i++) if ($i ~ /^id,?$/) { idle += $(i - 1); nidle++ } }
        blk >= 2 && $1 ~ /^[0-9]+$/ { c = $12; v = $9 + 0;
            if ($1 == app) cpu["app"] += v;
            else if (index(pgs, "," $1 ",")) cpu["pg"] += v;
            else if (c == "wrk") cpu["wrk"] += v;
            else if (c != "top") { other += v; by[c] += v } }
        END { n = frames - 1;
              for (c in by) if (by[c] / n > 10) big = big sprintf(" %s %.0f%%", c, by[c] / n);
              printf "app java %.0f%%, its postgres %.0f%%, wrk %.0f%%, other %.0f%%%s; CPU idle %.0f%%; load %s\n",
              cpu["app"] / n, cpu["pg"] / n, cpu["wrk"] / n, other / n, (big == "" ? "" : " [" big " ]"),
              (nidle ? idle / nidle : 0), load }' \
        >"$1" || true
}

# run_wrk <name> <duration> <output file> [wrk args...] : wrk on the target, sampling the CPU half-way.
run_wrk() {
    local name=$1 duration=$2 out=$3 sampler=""
    shift 3
    if [[ "$out" != *warmup* ]]; then
        ( sleep 1; cpu_sample "$WORK/cpu-$name.txt" $(( ${duration%s} - 2 )) ) &
        sampler=$!
    fi
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -H 'Accept-Encoding: gzip' "$@" >"$out" 2>&1 \
        || log "WARNING: wrk exited with $? on $name"
    [[ -z "$sampler" ]] || wait "$sampler" 2>/dev/null || true
}

declare -A R_RPS R_P50 R_P90 R_P99 R_REQS R_NON2XX R_SOCK R_CPU
for name in "${TARGET_NAMES[@]}"; do
    if [[ "$name" != coop && "$SEARCH_AVAILABLE" != 1 ]]; then
        continue
    fi
    log "${TARGET_LABEL[$name]}: warm-up $WARMUP, then $DURATION"
    run_wrk "$name" "$WARMUP" "$WORK/wrk-warmup-$name.txt" "$BASE${TARGET_PATH[$name]}"
    run_wrk "$name" "$DURATION" "$WORK/wrk-$name.txt" "$BASE${TARGET_PATH[$name]}"
    read -r R_RPS[$name] R_P50[$name] R_P90[$name] R_P99[$name] R_REQS[$name] R_NON2XX[$name] R_SOCK[$name] \
        < <(parse_wrk "$WORK/wrk-$name.txt")
    R_SOCK[$name]=${R_SOCK[$name]//_/ }
    R_CPU[$name]=$(cat "$WORK/cpu-$name.txt" 2>/dev/null || echo "?")
    log "  ${R_RPS[$name]} req/s, p99 ${R_P99[$name]} ms, non-2xx ${R_NON2XX[$name]}; ${R_CPU[$name]}"
done

# --- 6. page weights: HTML + stylesheets + scripts, bytes on the wire with Accept-Encoding: gzip ---
WEIGHT_ROWS=""
declare -A PAGE_TOTAL PAGE_STATUS
measure_page() {
    local page=$1 html url full gz code enc raw total=0
    html=$(curl -s --compressed "$BASE$page")
    mapfile -t assets < <(
        { grep -oiE '<link[^>]*rel="stylesheet"[^>]*>' <<<"$html" | grep -oiE 'href="[^"]+"' | sed -E 's/^href="(.*)"$/\1/I'
          grep -oiE '<script[^>]*src="[^"]+"' <<<"$html" | grep -oiE 'src="[^"]+"' | sed -E 's/^src="(.*)"$/\1/I'
        } | sed 's/&amp;/\&/g' | awk '!seen[$0]++' || true)
    for url in "$page" "${assets[@]}"; do
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
        [[ "$url" != "$page" ]] || PAGE_STATUS[$page]=$code
        total=$(( total + gz ))
        WEIGHT_ROWS+="| \`$page\` | \`$url\` | $code | $enc | $gz | $raw |"$'\n'
    done
    PAGE_TOTAL[$page]=$total
}
WEIGHT_PAGES=(/ "/c/$SLUG" "/search?q=argan" "/p/$DEMO_PRODUCT")
for page in "${WEIGHT_PAGES[@]}"; do
    measure_page "$page"
done
HEAVIEST_PAGE=""; HEAVIEST=0
for page in "${WEIGHT_PAGES[@]}"; do
    if (( PAGE_TOTAL[$page] > HEAVIEST )); then HEAVIEST=${PAGE_TOTAL[$page]}; HEAVIEST_PAGE=$page; fi
done
read -r THUMB_CODE THUMB_BYTES THUMB_TYPE < <(curl -s -o /dev/null -w '%{http_code} %{size_download} %{content_type}\n' "$BASE/media/$THUMB")
log "heaviest page $HEAVIEST_PAGE: $HEAVIEST bytes; thumbnail /media/$THUMB: $THUMB_BYTES bytes ($THUMB_CODE)"

# --- 7. server time of search (before the orders, whose notifications are sent in the background) ---
# The Prometheus endpoint needs an administrator: sign in as the demo administrator.
prometheus() { curl -s -b "$COOKIES" "$BASE/actuator/prometheus" 2>/dev/null || true; }
CSRF=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -oE 'name="_csrf"[^>]*value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/' | head -1 || true)
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "email=admin@taawun.test" \
    --data-urlencode "password=taawun-demo" --data-urlencode "_csrf=$CSRF" "$BASE/login" || true
PROM_OK=0
prometheus | grep -q '^http_server_requests_seconds' && PROM_OK=1
PROM_PERCENTILES=0
if [[ "$PROM_OK" == 1 ]] && prometheus | grep -E '^http_server_requests_seconds(_bucket\{|\{.*quantile=)' | grep -q 'uri="/search"'; then
    PROM_PERCENTILES=1
fi
# prom_sum_count <uri> : "sum count" of successful requests of the uri
prom_sum_count() {
    prometheus | awk -v uri="uri=\"$1\"" '
        index($0, uri) && index($0, "status=\"200\"") && /^http_server_requests_seconds_sum\{/ { s += $NF }
        index($0, uri) && index($0, "status=\"200\"") && /^http_server_requests_seconds_count\{/ { c += $NF }
        END { printf "%.6f %d\n", s, c }'
}
SEARCH_QUERIES=("huile argan" "أملو" "amlou" "miel de thym" "tapis berbère")
# sequential <name> <path prefix> : SAMPLES requests one after the other on one keep-alive connection, rotating the
# queries over successive pages, so that no (query, page) pair comes twice and none is answered from the 10-second
# result cache; writes time to first byte (ms) per request, then prints "p50 p95 max".
sequential() {
    local name=$1 prefix=$2 cfg="$WORK/seq-$1.curl" i q
    : >"$cfg"
    for (( i = 0; i < SAMPLES; i++ )); do
        q=${SEARCH_QUERIES[$(( i % ${#SEARCH_QUERIES[@]} ))]}
        printf 'url = "%s%s%s&page=%d"\noutput = "/dev/null"\n' "$BASE" "$prefix" "$(urlencode "$q")" \
            $(( i / ${#SEARCH_QUERIES[@]} )) >>"$cfg"
    done
    curl -s -H 'Accept-Encoding: gzip' -w '%{http_code} %{time_starttransfer}\n' -K "$cfg" >"$WORK/seq-$name.txt" || true
    awk '$1 == 200 { print $2 * 1000 }' "$WORK/seq-$name.txt" | sort -n | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "? ? ? 0"; exit }
              i50 = int(0.50 * NR + 0.999); i95 = int(0.95 * NR + 0.999);
              printf "%.2f %.2f %.2f %d\n", v[i50], v[i95], v[NR], NR }'
}
# distinct <name> <path prefix> : SAMPLES different two-word searches (pairs of product words in four languages), the
# first page of each, one after the other: nothing of them is cached (neither results nor facet counts).
DISTINCT_WORDS=(huile argan miel amlou couscous tapis savon dattes thym rose زيت أملو عسل كسكس zit 3sel oil honey
    berbère figue olive safran henné ghassoul lavande)
distinct() {
    local name=$1 prefix=$2 cfg="$WORK/distinct-$1.curl" i=0 a b
    : >"$cfg"
    for a in "${DISTINCT_WORDS[@]}"; do
        for b in "${DISTINCT_WORDS[@]}"; do
            [[ "$a" != "$b" ]] || continue
            (( i < SAMPLES )) || break 2
            # the page asks "a b", the API "b a": neither finds the other's counts cached
            if [[ "$name" == api ]]; then set -- "$b" "$a"; else set -- "$a" "$b"; fi
            printf 'url = "%s%s%s"\noutput = "/dev/null"\n' "$BASE" "$prefix" "$(urlencode "$1 $2")" >>"$cfg"
            i=$(( i + 1 ))
        done
    done
    curl -s -H 'Accept-Encoding: gzip' -w '%{http_code} %{time_starttransfer}\n' -K "$cfg" >"$WORK/distinct-$name.txt" || true
    awk '$1 == 200 { print $2 * 1000 }' "$WORK/distinct-$name.txt" | sort -n | awk '{ v[NR] = $1 }
        END { if (NR == 0) { print "? ? ? 0"; exit }
              i50 = int(0.50 * NR + 0.999); i95 = int(0.95 * NR + 0.999);
              printf "%.2f %.2f %.2f %d\n", v[i50], v[i95], v[NR], NR }'
}
# warm_search <path prefix> : SEARCH_WARMUP searches that are never measured after: pairs, then triples, of the words
# that come after the ninth of DISTINCT_WORDS (each measured search has one of the first nine). The JIT compiles the
# uncached search path, which the load tests above, answered from the micro-cache, hardly ran; two-word searches run
# other Lucene code (a conjunction) than three-word ones (two of three). Results and facet counts are kept per
# search text, so nothing measured is cached by this.
warm_search() {
    local prefix=$1 cfg="$WORK/warm.curl" i=0 a b c
    local words=("${DISTINCT_WORDS[@]:9}")
    : >"$cfg"
    for a in "${words[@]}"; do
        for b in "${words[@]}"; do
            [[ "$a" != "$b" ]] || continue
            (( i < SEARCH_WARMUP )) || break 2
            printf 'url = "%s%s%s"\noutput = "/dev/null"\n' "$BASE" "$prefix" "$(urlencode "$a $b")" >>"$cfg"
            i=$(( i + 1 ))
        done
    done
    for a in "${words[@]}"; do
        for b in "${words[@]}"; do
            for c in "${words[@]}"; do
                [[ "$a" != "$b" && "$b" != "$c" && "$a" != "$c" ]] || continue
                (( i < SEARCH_WARMUP )) || break 3
                printf 'url = "%s%s%s"\noutput = "/dev/null"\n' "$BASE" "$prefix" "$(urlencode "$a $b $c")" >>"$cfg"
                i=$(( i + 1 ))
            done
        done
    done
    curl -s -H 'Accept-Encoding: gzip' -K "$cfg" >/dev/null || true
}
declare -A DIS_P50 DIS_P95 DIS_MAX DIS_N
declare -A SEQ_P50 SEQ_P95 SEQ_MAX SEQ_N SEQ_MEAN
if [[ "$SEARCH_AVAILABLE" == 1 ]]; then
    for pair in "search:/search:/search?q=" "api:/api/v1/products:/api/v1/products?size=20&q="; do
        IFS=: read -r name uri prefix <<<"$pair"
        log "warming $uri up: $SEARCH_WARMUP searches that are not measured"
        warm_search "$prefix"
        before=$( [[ "$PROM_OK" == 1 ]] && prom_sum_count "$uri" || echo "0 0")
        read -r SEQ_P50[$name] SEQ_P95[$name] SEQ_MAX[$name] SEQ_N[$name] < <(sequential "$name" "$prefix")
        after=$( [[ "$PROM_OK" == 1 ]] && prom_sum_count "$uri" || echo "0 0")
        SEQ_MEAN[$name]=$(awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " ");
            n = y[2] - x[2]; if (n <= 0) print "?"; else printf "%.2f", (y[1] - x[1]) / n * 1000 }')
        log "sequential $uri: p50 ${SEQ_P50[$name]} ms, p95 ${SEQ_P95[$name]} ms (time to first byte, ${SEQ_N[$name]} answers 200); server mean ${SEQ_MEAN[$name]} ms"
        read -r DIS_P50[$name] DIS_P95[$name] DIS_MAX[$name] DIS_N[$name] < <(distinct "$name" "$prefix")
        log "distinct first pages $uri: p50 ${DIS_P50[$name]} ms, p95 ${DIS_P95[$name]} ms (${DIS_N[$name]} answers 200)"
    done
fi

# --- 8. orders ---
# A few thousand Moroccan bench products (the customer's phone and region are Moroccan), written into the Lua script.
psql_q "select v.id from catalog.variants v join catalog.products p on p.id = v.product_id
    join cooperative.cooperatives c on c.id = p.cooperative_id
    where p.status = 'PUBLISHED' and p.currency = 'MAD' and c.slug like 'bench-coop-%'
    order by md5(v.id::text) limit ${ORDER_IDS}" >"$WORK/order-ids.txt"
N_IDS=$(wc -l <"$WORK/order-ids.txt")
{
    echo "-- generated by bench/marketplace.sh: POST /api/v1/orders with one unit of a random product"
    echo "local ids = {"
    sed 's/.*/  "&",/' "$WORK/order-ids.txt"
    cat <<'LUA'
}
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
  created, other, statuses = 0, 0, {}
end

local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function request()
  local id = ids[math.random(#ids)]
  local body = '{"lines":[{"productId":"' .. id .. '","quantity":1}],"delivery":{"method":"HOME"},'
    .. '"payment":"CASH_ON_DELIVERY","customer":{"name":"Bench Client","phone":"0612345678",'
    .. '"address":"12 rue des Orangers","city":"Rabat","region":"MA-04"}}'
  return wrk.format("POST", "/api/v1/orders", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local c, o, byStatus = 0, 0, {}
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
    for s, n in pairs(t:get("statuses")) do byStatus[s] = (byStatus[s] or 0) + n end
  end
  local detail = ""
  for s, n in pairs(byStatus) do detail = detail .. " " .. s .. "x" .. n end
  io.write(string.format("ORDERS created %d non201 %d%s\n", c, o, detail))
end
LUA
} >"$WORK/orders.lua"
ORDERS_BEFORE=$(psql_q "select count(*) from ordering.orders")
log "orders: $N_IDS product ids; warm-up $ORDER_WARMUP, then $DURATION"
run_wrk orders "$ORDER_WARMUP" "$WORK/wrk-warmup-orders.txt" -s "$WORK/orders.lua" "$BASE/api/v1/orders"
ORDERS_MID=$(psql_q "select count(*) from ordering.orders")
run_wrk orders "$DURATION" "$WORK/wrk-orders.txt" -s "$WORK/orders.lua" "$BASE/api/v1/orders"
ORDERS_AFTER=$(psql_q "select count(*) from ordering.orders")
read -r R_RPS[orders] R_P50[orders] R_P90[orders] R_P99[orders] R_REQS[orders] R_NON2XX[orders] R_SOCK[orders] \
    < <(parse_wrk "$WORK/wrk-orders.txt")
R_SOCK[orders]=${R_SOCK[orders]//_/ }
R_CPU[orders]=$(cat "$WORK/cpu-orders.txt" 2>/dev/null || echo "?")
ORDERS_LINE=$(grep -E '^ORDERS ' "$WORK/wrk-orders.txt" || echo "ORDERS created ? non201 ?")
ORDERS_CREATED=$(awk '{print $3}' <<<"$ORDERS_LINE")
ORDERS_NON201=$(awk '{print $5}' <<<"$ORDERS_LINE")
ORDERS_NON201_DETAIL=$(cut -d' ' -f6- <<<"$ORDERS_LINE")
ORDERS_DB=$(( ORDERS_AFTER - ORDERS_MID ))
ORDERS_PER_S=$(awk -v n="$ORDERS_CREATED" -v d="$DURATION_S" 'BEGIN { if (n == "?") print "?"; else printf "%.0f", n / d }')
ORDERS_DB_PER_S=$(awk -v n="$ORDERS_DB" -v d="$DURATION_S" 'BEGIN { printf "%.0f", n / d }')
log "  ${R_RPS[orders]} req/s, ${ORDERS_PER_S} orders/s created (DB: ${ORDERS_DB} in ${DURATION}), non-201 ${ORDERS_NON201}${ORDERS_NON201_DETAIL:+ (${ORDERS_NON201_DETAIL})}; ${R_CPU[orders]}"

# --- 9. memory, then stop ---
RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
RSS_MB=$(awk -v k="$RSS_KB" 'BEGIN { printf "%.0f", k / 1024 }')
INDEX_MB=$(du -sm "$DATA/search-index" 2>/dev/null | cut -f1 || echo "?")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_app

# --- 10. application log ---
log_summary() {
    local f=$1 errors warns
    errors=$(grep -cE '^[0-9TZ:.-]+ +ERROR ' "$f" || true)
    warns=$(grep -cE '^[0-9TZ:.-]+ +WARN ' "$f" || true)
    echo "${errors} ERROR, ${warns} WARN"
}
LOG_SUMMARY=$(log_summary "$WORK/app.log")
LOG_LINES=$(grep -hE '^[0-9TZ:.-]+ +(ERROR|WARN) ' "$WORK/app.log" \
    | sed -E 's/^[0-9TZ:.-]+ +//; s/ [0-9]+ --- \[[^]]*\] +\[ *([^]]*)\] /  [\1] /; s/\[[a-z-]*[0-9]+-exec-[0-9]+\]/[http-exec]/g; s/http-nio-[0-9]+-exec-[0-9]+/http-nio-exec/g; s/@[0-9a-f]{6,}/@…/g' \
    | cut -c1-220 | sort | uniq -c | sort -rn | head -12 | sed 's/^/    /' || true)

# --- 11. results ---
verdict() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { if (v == "?" || v == "") { print "n/a"; exit }
    ok = (op == "<") ? (v + 0 < t + 0) : (v + 0 >= t + 0); print ok ? "PASS" : "FAIL" }'; }
# target_verdict <name>: throughput and p99 and no errors
target_verdict() {
    local n=$1
    [[ -n "${R_RPS[$n]:-}" ]] || { echo "n/a"; return; }
    if [[ "${R_NON2XX[$n]}" != 0 ]]; then echo "FAIL (${R_NON2XX[$n]} non-2xx)"; return; fi
    if [[ "${R_SOCK[$n]}" != 0 ]]; then echo "FAIL (socket errors)"; return; fi
    if [[ "$(verdict "${R_RPS[$n]}" ">=" "$TARGET_RPS")" == PASS && "$(verdict "${R_P99[$n]}" "<" "$TARGET_P99_MS")" == PASS ]]; then
        echo PASS
    else
        echo FAIL
    fi
}
DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
CPU_MODEL=$(lscpu 2>/dev/null | awk -F': *' '/^Model name/ {print $2; exit}')
MEM_TOTAL=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
NPROC=$(nproc)
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -1)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n "$(git status --porcelain --untracked-files=no -- . ':!bench' 2>/dev/null || true)" ]]; then
    COMMIT="$COMMIT (with uncommitted changes outside bench/)"
fi

ROWS=""
for name in "${TARGET_NAMES[@]}"; do
    if [[ -z "${R_RPS[$name]:-}" ]]; then
        ROWS+="| \`${TARGET_LABEL[$name]}\` | not run (search not available) | | ≥ ${TARGET_RPS} req/s, p99 < ${TARGET_P99_MS} ms | n/a |"$'\n'
        continue
    fi
    ROWS+="| \`${TARGET_LABEL[$name]}\` | ${R_RPS[$name]} req/s | ${R_P50[$name]} / ${R_P90[$name]} / ${R_P99[$name]} ms; ${R_REQS[$name]} requests, ${R_NON2XX[$name]} non-2xx, socket errors ${R_SOCK[$name]} | ≥ ${TARGET_RPS} req/s, p99 < ${TARGET_P99_MS} ms | $(target_verdict "$name") |"$'\n'
done
ORDERS_VERDICT=$(verdict "$ORDERS_PER_S" ">=" "$TARGET_ORDERS")
[[ "$ORDERS_NON201" == 0 ]] || ORDERS_VERDICT="$ORDERS_VERDICT (${ORDERS_NON201} non-201)"
ROWS+="| \`POST /api/v1/orders\` (1 unit of a random one of ${N_IDS} products) | ${ORDERS_PER_S} orders/s (201); ${ORDERS_DB_PER_S}/s counted in ordering.orders | ${R_P50[orders]} / ${R_P90[orders]} / ${R_P99[orders]} ms; ${R_REQS[orders]} requests, ${ORDERS_NON201} non-201${ORDERS_NON201_DETAIL:+ (${ORDERS_NON201_DETAIL# })}, socket errors ${R_SOCK[orders]} | ≥ ${TARGET_ORDERS} orders/s | ${ORDERS_VERDICT} |"$'\n'
for page in "${WEIGHT_PAGES[@]}"; do
    v=$(verdict "${PAGE_TOTAL[$page]}" "<" "$TARGET_PAGE_BYTES")
    [[ "${PAGE_STATUS[$page]}" == 200 ]] || v="n/a (status ${PAGE_STATUS[$page]})"
    ROWS+="| \`$page\` HTML + CSS + JS, compressed | ${PAGE_TOTAL[$page]} B | | < 30 KB (30,000 B) | $v |"$'\n'
done
ROWS+="| Thumbnail \`/media/$THUMB\` (\`small\` photo of a demo product) | ${THUMB_BYTES} B (${THUMB_TYPE}, status ${THUMB_CODE}) | | < 15 KB (15,000 B) | $(verdict "$THUMB_BYTES" "<" "$TARGET_THUMB_BYTES") |"$'\n'
if [[ "$SEARCH_AVAILABLE" == 1 ]]; then
    for pair in "search:/search?q=" "api:/api/v1/products?size=20&q="; do
        IFS=: read -r name prefix <<<"$pair"
        ROWS+="| Search server time \`$prefix…\`, ${SEQ_N[$name]} sequential requests (5 queries x successive pages: no page from the result cache; facet counts counted on a search's first page, reused for its next pages) | p50 ${SEQ_P50[$name]} / p95 ${SEQ_P95[$name]} / max ${SEQ_MAX[$name]} ms (time to first byte, an upper bound); server mean ${SEQ_MEAN[$name]} ms (Prometheus) | | p95 < ${TARGET_SEARCH_P95_MS} ms | $(verdict "${SEQ_P95[$name]}" "<" "$TARGET_SEARCH_P95_MS") |"$'\n'
        ROWS+="| Search server time \`$prefix…\`, first page of ${DIS_N[$name]} different two-word searches (nothing cached; after ${SEARCH_WARMUP} other searches of two and three words to warm the JIT up) | p50 ${DIS_P50[$name]} / p95 ${DIS_P95[$name]} / max ${DIS_MAX[$name]} ms (time to first byte) | | p95 < ${TARGET_SEARCH_P95_MS} ms | $(verdict "${DIS_P95[$name]}" "<" "$TARGET_SEARCH_P95_MS") |"$'\n'
    done
else
    ROWS+="| Search server time | not measured (search not available) | | p95 < ${TARGET_SEARCH_P95_MS} ms | n/a |"$'\n'
fi

CPU_ROWS=""
for name in "${TARGET_NAMES[@]}" orders; do
    [[ -n "${R_CPU[$name]:-}" ]] || continue
    label=${TARGET_LABEL[$name]:-POST /api/v1/orders}
    CPU_ROWS+="| \`$label\` | ${R_CPU[$name]} |"$'\n'
done

if [[ "$PROM_PERCENTILES" == 1 ]]; then
    SERVER_TIME_NOTE="the Prometheus endpoint exposes histogram buckets or percentiles of \`http_server_requests_seconds\` for /search (see its raw output)"
elif [[ "$PROM_OK" == 1 ]]; then
    SERVER_TIME_NOTE="the Prometheus endpoint (admin only) exposes \`http_server_requests_seconds\` count, sum and max but no percentiles or histogram buckets, so p50/p95 are the time to first byte measured by curl over ${SAMPLES} sequential requests on one keep-alive connection on localhost (an upper bound of the server time); the mean is Δsum/Δcount of \`http_server_requests_seconds\` over those requests"
else
    SERVER_TIME_NOTE="the Prometheus endpoint could not be read (sign-in as the demo administrator failed), so p50/p95 are the time to first byte measured by curl over ${SAMPLES} sequential requests (an upper bound of the server time)"
fi

SECTION=$(cat <<MD
## Run ${DATE} — marketplace (\`bench/marketplace.sh\`)

- Machine: ${NPROC} CPUs, ${CPU_MODEL:-unknown CPU}, ${MEM_TOTAL} RAM; ${JAVA_VERSION}
- \`uptime\` before the run: \`${UPTIME_BEFORE}\`; load average after: ${LOAD_AFTER}
- Commit: ${COMMIT}
- Command: \`${APP_ARGS:+APP_ARGS='${APP_ARGS}' }bash bench/marketplace.sh\` (PORT=${PORT}; the application started with \`${BENCH_LIMITS}\`); load: \`wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION} --latency -H 'Accept-Encoding: gzip'\` on the same machine, after ${WARMUP} of warm-up per target (${ORDER_WARMUP} of orders before the orders are measured)
- Data: \`bench/generate.sql\` loaded in ${GENERATE_SECONDS} s on top of the demo data: ${COUNTS}; search index ${INDEX_NOTE} Index size ${INDEX_MB} MB.
- Search totals (API): argan ${ARGAN_TOTAL:-?}, amlou ${API_AMLOU_TOTAL:-?}, أملو ${API_AMLOU_AR_TOTAL:-?}

| Target | Result | Latency p50 / p90 / p99, requests, errors | Goal | |
|---|---|---|---|---|
${ROWS%$'\n'}

Server time of search: ${SERVER_TIME_NOTE}.

CPU use during each measured run (\`top\` every 3 s, mean of the frames, % of one CPU; ${NPROC} CPUs = $(( NPROC * 100 ))%; "other" is every other process of the machine, other JVMs and PostgreSQL servers included):

| Target | CPU |
|---|---|
${CPU_ROWS%$'\n'}

Status of one request per target before the load:

| URL | Status | Bytes |
|---|---|---|
${STATUS_ROWS%$'\n'}

Page weights (bytes on the wire with \`Accept-Encoding: gzip\`; images not counted):

| Page | URL | Status | Content-Encoding | Bytes on the wire | Uncompressed |
|---|---|---|---|---|---|
${WEIGHT_ROWS%$'\n'}

RSS of the Java process after the load: ${RSS_MB} MB. Application log (restart with the benchmark data, load, shutdown): ${LOG_SUMMARY}.
${LOG_LINES:+
Most frequent ERROR/WARN lines (count, timestamps stripped):

${LOG_LINES}
}
<details><summary>wrk output</summary>

\`\`\`
$(for name in "${TARGET_NAMES[@]}" orders; do [[ -f "$WORK/wrk-$name.txt" ]] && { echo "\$ wrk ... ${TARGET_LABEL[$name]:-POST /api/v1/orders}"; cat "$WORK/wrk-$name.txt"; echo; }; done)
\`\`\`

</details>
MD
)

SECTION_FILE="$WORK/section.md"
printf '%s\n' "$SECTION" >"$SECTION_FILE"
TMP_RESULTS="$WORK/RESULTS.md.new"
if [[ -f "$RESULTS" ]] && grep -q '^## Run ' "$RESULTS"; then
    awk -v section_file="$SECTION_FILE" '
        BEGIN { while ((getline l < section_file) > 0) s = s l "\n" }
        !done && /^## Run / { printf "%s\n", s; done = 1 }
        { print }' "$RESULTS" >"$TMP_RESULTS"
elif [[ -f "$RESULTS" ]]; then
    { cat "$RESULTS"; echo; cat "$SECTION_FILE"; } >"$TMP_RESULTS"
else
    { echo "# Taawun benchmark results"; echo
      echo "Written by \`bench/run.sh\` and \`bench/marketplace.sh\` (see \`bench/README.md\`). Newest run first; older runs are kept below."; echo
      cat "$SECTION_FILE"; } >"$TMP_RESULTS"
fi
mv "$TMP_RESULTS" "$RESULTS"

printf '\n%s\n\n' "$SECTION" | sed -n '1,/^<details>/p'
log "results written to $RESULTS"
