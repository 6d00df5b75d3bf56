#!/usr/bin/env bash
# Web benchmark of rolwijzer (issue 5): `serve` with the structured example on a fresh
# SQLite file, against nginx serving the very same HTML bytes as static files, in the
# same run on the same machine, as the ceiling.
#
#   bench/web.sh [SECONDS]            (default 30 s per run)
#
# Needs wrk, nginx and sqlite3 (Debian: apt-get install wrk nginx-light sqlite3) and builds the release
# binary. Prints a Markdown table for docs/PERFORMANCE.md. Measured: requests/s and
# p50/p99 latency at 16 and 64 connections for the overview and matrix pages, resident
# memory of the server after all runs, and the time from start to the first 200.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
PORT_APP=18080
PORT_NGINX=18081

for tool in wrk nginx curl sqlite3; do
  command -v "$tool" >/dev/null || { echo "bench/web.sh needs $tool (apt-get install wrk nginx-light curl sqlite3)" >&2; exit 1; }
done

cargo build --release --locked -p rolwijzer >/dev/null
BIN="$PWD/target/release/rolwijzer"
WORK="$(mktemp -d)"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Time from start to the first 200, with a fresh database (so it includes creating
# the schema and loading the example).
start_ns=$(date +%s%N)
"$BIN" serve --database "sqlite://$WORK/bench.db" --listen "127.0.0.1:$PORT_APP" \
  >"$WORK/serve.log" 2>&1 &
APP_PID=$!
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT_APP/"; do sleep 0.005; done
first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

# The demo is published at the summary level on first start (issue 13); the benchmark
# reads its pages as a visitor of a collaboration published in full, so it opens it
# the way an owner's confirmed choice would be stored (the demo has no owner). The
# server reads the level on every request; the page cache lives one second.
sqlite3 "$WORK/bench.db" "UPDATE collaborations SET publish_level = 'full'"
sleep 1.1
SLUG=$(curl -fsS "http://127.0.0.1:$PORT_APP/" | grep -o 'href="/c/[a-z0-9-]*"' | head -n1 | sed 's#href="/c/##; s#"##')
[ -n "$SLUG" ] || { echo "no published collaboration on /" >&2; exit 1; }
OVERVIEW="/c/$SLUG"
MATRIX="/c/$SLUG/matrix"

mkdir -p "$WORK/www" "$WORK/nginx-tmp"
curl -fsS "http://127.0.0.1:$PORT_APP$OVERVIEW" -o "$WORK/www/overview.html"
curl -fsS "http://127.0.0.1:$PORT_APP$MATRIX" -o "$WORK/www/matrix.html"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$PORT_NGINX;
    root $WORK/www;
  }
}
CONF
# nginx workers run as an unprivileged user; let them read the copies.
chmod -R a+rX "$WORK"
nginx -c "$WORK/nginx.conf" -p "$WORK"
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT_NGINX/matrix.html"; do sleep 0.05; done

# wrk prints "Requests/sec: N" and, with --latency, "50% 1.2ms" ... "99% 4.5ms".
to_ms() { # 950.00us | 1.20ms | 1.02s -> milliseconds
  awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'
}
run() { # name url connections
  local out rps p50 p99
  out=$(wrk -t2 -c"$3" -d"${DURATION}s" --latency "$2")
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1=="50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1=="99%" { print $2 }' <<<"$out")")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$rps" "$p50" "$p99" "${non2xx:-0}"
  echo "$rps" >"$WORK/rps-$1-$3"
}

size_o=$(stat -c %s "$WORK/www/overview.html")
size_m=$(stat -c %s "$WORK/www/matrix.html")
echo "rolwijzer $("$BIN" --version | awk '{print $2}'), $(nproc) cores, ${DURATION} s per run, $(date -u +%Y-%m-%d)"
echo "overview page: $size_o bytes; matrix page: $size_m bytes"
echo
echo "| page | connections | requests/s | p50 ms | p99 ms | non-2xx |"
echo "|---|---|---|---|---|---|"
for c in 16 64; do
  run "rolwijzer-overview" "http://127.0.0.1:$PORT_APP$OVERVIEW" "$c"
  run "nginx-overview" "http://127.0.0.1:$PORT_NGINX/overview.html" "$c"
  run "rolwijzer-matrix" "http://127.0.0.1:$PORT_APP$MATRIX" "$c"
  run "nginx-matrix" "http://127.0.0.1:$PORT_NGINX/matrix.html" "$c"
done
rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")
echo
for c in 16 64; do
  a=$(cat "$WORK/rps-rolwijzer-matrix-$c"); n=$(cat "$WORK/rps-nginx-matrix-$c")
  echo "matrix at $c connections: $(awk -v a="$a" -v n="$n" 'BEGIN { printf "%.0f", 100*a/n }')% of nginx"
done
echo "resident memory after the runs: $((rss_kb / 1024)) MB"
echo "first 200 after start (fresh database): ${first_ms} ms"
