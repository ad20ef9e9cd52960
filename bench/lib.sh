#!/usr/bin/env bash
# Helpers shared by the benchmarks that start the application themselves (bench/run.sh, marketplace.sh, till.sh;
# run.sh defines its own start_app).
# The caller defines log, die and the variables JAVA, JAR, PORT, BASE, DATA, START_TIMEOUT, BENCH_LIMITS, APP_ARGS
# and APP_PID (empty), then sources this file.

stop_app() {
    # Stops the application started by this script (SIGTERM, graceful), then SIGKILL after 60 s.
    [[ -n "$APP_PID" ]] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 600); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "application $APP_PID did not stop within 60 s; killing it"
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    # A killed JVM leaves its embedded PostgreSQL behind: stop that postmaster by its pid.
    local pidfile="$DATA/pg/postmaster.pid"
    if [[ -f "$pidfile" ]]; then
        local pg_pid
        pg_pid=$(head -1 "$pidfile")
        if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then
            log "stopping leftover PostgreSQL $pg_pid"
            kill -TERM "$pg_pid" 2>/dev/null || true
            sleep 2
        fi
    fi
}

now_ns() { date +%s%N; }
secs_since() { awk -v a="$1" -v b="$(now_ns)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

# start_app <log file> [timeout s]: launches the jar in the background (APP_PID) and waits until readiness is UP.
start_app() {
    local logfile=$1 timeout=${2:-$START_TIMEOUT} t0 deadline
    t0=$(now_ns)
    # The orders below come from one address and one phone at 300/s and more: the rate limits of orders are raised
    # far above that (they are still counted in PostgreSQL on every order, as in production).
    # shellcheck disable=SC2086 # APP_ARGS is a list of arguments
    "$JAVA" -jar "$JAR" --server.port="$PORT" --taawun.data-dir="$DATA" $BENCH_LIMITS $APP_ARGS >"$logfile" 2>&1 &
    APP_PID=$!
    deadline=$(( t0 + timeout * 1000000000 ))
    until curl -s -m 1 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -40 "$logfile" >&2
            die "application exited during start-up (log: $logfile)"
        fi
        (( $(now_ns) < deadline )) || die "application not UP within ${timeout} s (log: $logfile)"
        sleep 0.2
    done
    START_SECONDS=$(secs_since "$t0")
    START_T0=$t0
}

pg_port() { grep -oE 'Embedded PostgreSQL started on port [0-9]+' "$1" | grep -oE '[0-9]+$' | tail -1 || true; }
