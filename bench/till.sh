#!/usr/bin/env bash
# Taawun till benchmark (issue 12): 100,000 sales posted by 8 tills at once (each sale recorded with p99 under 20 ms,
# none lost or doubled), 1,000 offline sales synced by one till (under 30 s), and the weight of the till page with a
# catalogue of 5,000 items (under 150 KB compressed). Data: bench/generate.sql (50,000 products) then
# bench/till-generate.sql (5,000 of them on the demo shop's shelves, 8 cashiers).
# Usage: bash bench/till.sh     (run it on an otherwise idle machine; results are added to bench/RESULTS.md)
# Environment: PORT (8092), SALES_PER_TILL (12500), TILLS (8), WARMUP_SALES (500 per till), OFFLINE_SALES (1000),
#              REBUILD=1 to rebuild the jar, KEEP_DATA=1 to keep the data dir, START_TIMEOUT (300 s).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PORT:-8092}
TILLS=${TILLS:-8}
SALES_PER_TILL=${SALES_PER_TILL:-12500}
WARMUP_SALES=${WARMUP_SALES:-500}
OFFLINE_SALES=${OFFLINE_SALES:-1000}
JAVA=${JAVA:-java}
JAR=target/taawun.jar
BASE="http://127.0.0.1:${PORT}"
RESULTS="$ROOT/bench/RESULTS.md"
START_TIMEOUT=${START_TIMEOUT:-300}
APP_ARGS=${APP_ARGS:-}
BENCH_LIMITS=""
PASSWORD=taawun-demo

TARGET_P99_MS=20
TARGET_OFFLINE_S=30
TARGET_TILL_BYTES=150000

log() { printf '[till %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in curl "$JAVA" psql awk gzip; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done
if curl -s -o /dev/null -m 2 "$BASE/" 2>/dev/null; then
    die "something already answers on port $PORT; stop it or set PORT"
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

if [[ "${REBUILD:-0}" == 1 || ! -f "$JAR" ]]; then
    log "building $JAR"
    ./mvnw -B -q -DskipTests package
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/taawun-till.XXXXXX")
DATA="$WORK/data"
mkdir -p "$DATA"
APP_PID=""
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

cleanup() {
    local rc=$?
    stop_app
    [[ "${KEEP_DATA:-0}" == 1 ]] || rm -rf "$DATA"
    log "logs and raw outputs kept in $WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting on an empty data dir (demo data)"
start_app "$WORK/app.log"
PG_URL="postgresql://postgres@localhost:$(pg_port "$WORK/app.log")/postgres"
psql_q() { psql -X -q -At -v ON_ERROR_STOP=1 "$PG_URL" -c "$1"; }

log "loading bench/generate.sql and bench/till-generate.sql"
psql -X -q -v ON_ERROR_STOP=1 -f bench/generate.sql "$PG_URL" >"$WORK/generate.out" 2>&1 \
    || { cat "$WORK/generate.out" >&2; die "bench/generate.sql failed"; }
psql -X -q -v ON_ERROR_STOP=1 -f bench/till-generate.sql "$PG_URL" >"$WORK/till-generate.out" 2>&1 \
    || { cat "$WORK/till-generate.out" >&2; die "bench/till-generate.sql failed"; }
SHOP=$(psql_q "select id from shop.shops where name_fr = 'UNFM Market Khouribga'")
psql_q "select variant_id || ',' || price from shop.shelf_items where shop_id = '$SHOP' and variant_id in
        (select variant_id from inventory.stock_levels where location_id = '$SHOP' and on_hand >= 1000000)" >"$WORK/items.csv"
log "shop $SHOP, $(wc -l <"$WORK/items.csv") items with a million units each"

token() {
    curl -s -f -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$PASSWORD\"}" \
        "$BASE/api/v1/auth/tokens" | grep -oE '"token":"[^"]+"' | cut -d'"' -f4
}
TOKENS=()
for n in $(seq 1 "$TILLS"); do
    t=$(token "till-bench-$n@taawun.test") || die "no API token for till-bench-$n"
    TOKENS+=("$t")
    code=$(curl -s -o "$WORK/session-$n.json" -w '%{http_code}' -H "Authorization: Bearer $t" \
        -H 'Content-Type: application/json' -d '{"openingFloat":{"amount":"500.00","currency":"MAD"}}' \
        "$BASE/api/v1/shops/$SHOP/cash-sessions")
    [[ "$code" == 201 ]] || die "opening a cash session for till $n answered $code: $(cat "$WORK/session-$n.json")"
done
TOKEN_LIST=$(IFS=,; echo "${TOKENS[*]}")

stock_units() { psql_q "select sum(on_hand) from inventory.stock_levels where location_id = '$SHOP'"; }
sale_count() { psql_q "select count(*) from shop.sales where shop_id = '$SHOP'"; }
sold_units() { psql_q "select coalesce(sum(l.quantity), 0) from shop.sale_lines l join shop.sales s on s.id = l.sale_id
                       where s.shop_id = '$SHOP'"; }
value() { grep -oE "^$1=.*" "$2" | cut -d= -f2 || true; }

log "warm-up: $TILLS tills x $WARMUP_SALES sales"
"$JAVA" bench/till-load.java sales "$BASE" "$SHOP" "$WORK/items.csv" "$TOKEN_LIST" "$WARMUP_SALES" \
    >"$WORK/warmup.out" 2>"$WORK/warmup.err" || die "warm-up failed: $(cat "$WORK/warmup.err")"

SALES0=$(sale_count); UNITS0=$(sold_units); STOCK0=$(stock_units)
log "measure: $TILLS tills x $SALES_PER_TILL sales"
"$JAVA" bench/till-load.java sales "$BASE" "$SHOP" "$WORK/items.csv" "$TOKEN_LIST" "$SALES_PER_TILL" \
    >"$WORK/sales.out" 2>"$WORK/sales.err" || die "load failed: $(cat "$WORK/sales.err")"
SALES1=$(sale_count); UNITS1=$(sold_units); STOCK1=$(stock_units)
RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")
CREATED=$(value status_201 "$WORK/sales.out"); RETRIED=$(value status_retry_200 "$WORK/sales.out")
RECORDED=$(( SALES1 - SALES0 )); UNITS=$(( UNITS1 - UNITS0 )); STOCK_TAKEN=$(( STOCK0 - STOCK1 ))
CLIENT_UNITS=$(value units "$WORK/sales.out")

log "offline: $OFFLINE_SALES sales synced by one till"
"$JAVA" bench/till-load.java offline "$BASE" "$SHOP" "$WORK/items.csv" "${TOKENS[0]}" "$OFFLINE_SALES" \
    >"$WORK/offline.out" 2>"$WORK/offline.err" || die "offline sync failed: $(cat "$WORK/offline.err")"
OFFLINE_S=$(value offline_seconds "$WORK/offline.out"); OFFLINE_OK=$(value status_201 "$WORK/offline.out")

log "weight of the till page and its catalogue (signed in as the demo cashier)"
COOKIES="$WORK/cookies.txt"
CSRF=$(curl -s -c "$COOKIES" "$BASE/login" | grep -oE 'name="_csrf"[^>]*value="[^"]+"' | grep -oE 'value="[^"]+"' | cut -d'"' -f2)
curl -s -o /dev/null -b "$COOKIES" -c "$COOKIES" --data-urlencode "email=cashier@taawun.test" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
TILL_PAGE="/shop/$SHOP/till"
HTML=$(curl -s -b "$COOKIES" "$BASE$TILL_PAGE")
mapfile -t ASSETS < <(
    { grep -oiE '<link[^>]*rel="(stylesheet|manifest|modulepreload)"[^>]*>' <<<"$HTML" | grep -oiE 'href="[^"]+"' | cut -d'"' -f2 || true
      grep -oiE '<script[^>]*src="[^"]+"' <<<"$HTML" | grep -oiE 'src="[^"]+"' | cut -d'"' -f2 || true
      grep -oiE 'data-[a-z-]*(worker|module|script)[a-z-]*="[^"]+"' <<<"$HTML" | cut -d'"' -f2 || true
      echo "/shop/$SHOP/till/catalogue"
    } | sed 's/&amp;/\&/g' | awk '!seen[$0]++')
WEIGHT_ROWS=""; TOTAL=0
for url in "$TILL_PAGE" "${ASSETS[@]}"; do
    read -r gz code < <(curl -s -b "$COOKIES" -H 'Accept-Encoding: gzip' -o /dev/null \
        -w '%{size_download} %{http_code}\n' "$BASE$url")
    TOTAL=$(( TOTAL + gz ))
    WEIGHT_ROWS+="| \`$url\` | $code | $gz |"$'\n'
done
ITEMS_IN_CATALOGUE=$(curl -s -b "$COOKIES" "$BASE/shop/$SHOP/till/catalogue" | grep -oE '"count":[0-9]+' | cut -d: -f2 || true)

verdict() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { if (v == "") { print "n/a"; exit }
    ok = (op == "<" ? v + 0 < t + 0 : v + 0 == t + 0); print (ok ? "PASS" : "FAIL") }'; }
P99=$(value p99_ms "$WORK/sales.out")
INTACT=$([[ "$RECORDED" == "$CREATED" && "$UNITS" == "$STOCK_TAKEN" && "$UNITS" == "$CLIENT_UNITS" ]] && echo 1 || echo 0)

SECTION=$(cat <<EOF
## Till run $(date -u '+%Y-%m-%d %H:%M') UTC (\`bench/till.sh\`)

- Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM; $("$JAVA" -version 2>&1 | head -1); load average before / after: $LOAD_BEFORE / $(cut -d' ' -f1-3 /proc/loadavg)
- Commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'); application \`java -jar target/taawun.jar\` on a fresh data dir with demo data, bench/generate.sql and bench/till-generate.sql (5,000 items on the demo shop's shelves, $TILLS cashiers with a cash session each); the load generator (\`bench/till-load.java\`) on the same machine
- Load: $TILLS tills at once, each posting its sales one after the other to \`POST /api/v1/shops/{id}/sales\` (1-3 lines, cash with change), every 100th sale posted again with the same body; after a warm-up of $TILLS x $WARMUP_SALES sales. No cache is involved: every sale is a new request.

| Measure | Result | Target | |
|---|---|---|---|
| Sales recorded / answered 201 / retries answered 200 | $RECORDED / ${CREATED:-0} / ${RETRIED:-0} of $(( SALES_PER_TILL / 100 * TILLS )) | none lost or doubled | $([[ $INTACT == 1 ]] && echo PASS || echo FAIL) |
| Units: sold lines / taken from the shop's stock / sent by the tills | $UNITS / $STOCK_TAKEN / ${CLIENT_UNITS:-?} | equal | $([[ "$UNITS" == "$STOCK_TAKEN" ]] && echo PASS || echo FAIL) |
| Latency p50 / p95 / p99 / max per sale | $(value p50_ms "$WORK/sales.out") / $(value p95_ms "$WORK/sales.out") / $P99 / $(value max_ms "$WORK/sales.out") ms | p99 < $TARGET_P99_MS ms | $(verdict "$P99" "<" $TARGET_P99_MS) |
| Throughput | $(value throughput "$WORK/sales.out") sales/s over $(value seconds "$WORK/sales.out") s | | |
| Other answers | $(grep -E '^(retry_)?status_' "$WORK/sales.out" | grep -vE 'status_201|status_retry_200' | tr '\n' ' ' || true) | none | |
| $OFFLINE_SALES offline sales synced by one till, one after the other | ${OFFLINE_S:-?} s, ${OFFLINE_OK:-0} recorded | < $TARGET_OFFLINE_S s | $(verdict "${OFFLINE_S:-}" "<" $TARGET_OFFLINE_S) |
| Till page + its assets + catalogue ($ITEMS_IN_CATALOGUE items), gzip | $TOTAL B | < 150 KB ($TARGET_TILL_BYTES B) | $(verdict "$TOTAL" "<" $TARGET_TILL_BYTES) |
| Resident memory of the Java process after the load | $(( RSS_KB / 1024 )) MB | | |

| Till page resource | Status | Bytes (gzip) |
|---|---|---|
$WEIGHT_ROWS
EOF
)
{ head -3 "$RESULTS"; echo; echo "$SECTION"; echo; tail -n +4 "$RESULTS"; } >"$WORK/RESULTS.md"
cp "$WORK/RESULTS.md" "$RESULTS"
log "written to bench/RESULTS.md"
echo "$SECTION"
