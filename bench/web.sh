#!/usr/bin/env bash
# Web benchmark of rolwijzer (issue 5): `serve` with the structured example on a fresh
# SQLite file, against nginx serving the very same HTML bytes as static files, in the
# same run on the same machine, as the ceiling.
#
#   bench/web.sh [SECONDS]            (default 30 s per run)
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light) and builds the release
# binary. Prints a Markdown table for docs/PERFORMANCE.md. Measured: requests/s and
# p50/p99 latency at 16 and 64 connections for the published page an anonymous visitor
# reads and for the overview and matrix pages of a signed-in owner (issue 10, point 7),
# resident memory of the server after all runs, and the time from start to the first
# 200.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
PORT_APP=18080
PORT_NGINX=18081

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "bench/web.sh needs $tool (apt-get install wrk nginx-light curl)" >&2; exit 1; }
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

# Anonymous: the published page the front page links to (the demo).
PUBLIC=$(curl -fsS "http://127.0.0.1:$PORT_APP/" | grep -o 'href="/[cp]/[a-z0-9-]*"' | head -n1 | sed 's#href="##; s#"##')
[ -n "$PUBLIC" ] || { echo "no published collaboration on /" >&2; exit 1; }

# Signed in: an owner of a copy of the example, made as a new user would (a setup link,
# a password, sign-in); the API token only stores the copy.
DB="sqlite://$WORK/bench.db"
LINK=$("$BIN" user add bench --database "$DB" | grep -o '/setup/[^ ]*' | head -n1)
PASSWORD="een heel goed wachtwoord voor de bench"
FORM=(-H "Sec-Fetch-Site: same-origin" --data-urlencode "password=$PASSWORD")
curl -fsS -o /dev/null "${FORM[@]}" --data-urlencode "repeat=$PASSWORD" "http://127.0.0.1:$PORT_APP$LINK"
TOKEN=$("$BIN" user token bench --name bench --database "$DB" | tail -n1)
SLUG=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/yaml" \
  --data-binary @examples/gestructureerd-twaalf-gemeenten.yaml \
  "http://127.0.0.1:$PORT_APP/api/collaborations?slug=bench" | awk -F/ 'tolower($1) ~ /^location:/ { print $4 }' | tr -d '\r')
[ -n "$SLUG" ] || { echo "could not store the bench collaboration" >&2; exit 1; }
COOKIE=$(curl -fsS -D - -o /dev/null "${FORM[@]}" --data-urlencode "username=bench" \
  "http://127.0.0.1:$PORT_APP/login" | grep -io 'rolwijzer_session=[^;]*' | head -n1)
[ -n "$COOKIE" ] || { echo "could not sign in" >&2; exit 1; }
OVERVIEW="/c/$SLUG"
MATRIX="/c/$SLUG/matrix"

mkdir -p "$WORK/www" "$WORK/nginx-tmp"
curl -fsS "http://127.0.0.1:$PORT_APP$PUBLIC" -o "$WORK/www/public.html"
curl -fsS -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT_APP$OVERVIEW" -o "$WORK/www/overview.html"
curl -fsS -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT_APP$MATRIX" -o "$WORK/www/matrix.html"
grep -q 'action="/logout"' "$WORK/www/matrix.html" || { echo "the matrix page was not fetched signed in" >&2; exit 1; }
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
run() { # name url connections [cookie]
  local out rps p50 p99
  out=$(wrk -t2 -c"$3" -d"${DURATION}s" --latency ${4:+-H "Cookie: $4"} "$2")
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1=="50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1=="99%" { print $2 }' <<<"$out")")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$3" "$rps" "$p50" "$p99" "${non2xx:-0}"
  echo "$rps" >"$WORK/rps-$1-$3"
}

size_p=$(stat -c %s "$WORK/www/public.html")
size_o=$(stat -c %s "$WORK/www/overview.html")
size_m=$(stat -c %s "$WORK/www/matrix.html")
echo "rolwijzer $("$BIN" --version | awk '{print $2}'), $(nproc) cores, ${DURATION} s per run, $(date -u +%Y-%m-%d)"
echo "public page ($PUBLIC, anonymous): $size_p bytes; signed in: overview $size_o bytes, matrix $size_m bytes"
echo
echo "| page | connections | requests/s | p50 ms | p99 ms | non-2xx |"
echo "|---|---|---|---|---|---|"
for c in 16 64; do
  run "rolwijzer-public" "http://127.0.0.1:$PORT_APP$PUBLIC" "$c"
  run "nginx-public" "http://127.0.0.1:$PORT_NGINX/public.html" "$c"
  run "rolwijzer-overview-signed-in" "http://127.0.0.1:$PORT_APP$OVERVIEW" "$c" "$COOKIE"
  run "nginx-overview" "http://127.0.0.1:$PORT_NGINX/overview.html" "$c"
  run "rolwijzer-matrix-signed-in" "http://127.0.0.1:$PORT_APP$MATRIX" "$c" "$COOKIE"
  run "nginx-matrix" "http://127.0.0.1:$PORT_NGINX/matrix.html" "$c"
done
rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")
echo
for c in 16 64; do
  a=$(cat "$WORK/rps-rolwijzer-matrix-signed-in-$c"); n=$(cat "$WORK/rps-nginx-matrix-$c")
  echo "signed-in matrix at $c connections: $(awk -v a="$a" -v n="$n" 'BEGIN { printf "%.0f", 100*a/n }')% of nginx"
done
echo "resident memory after the runs: $((rss_kb / 1024)) MB"
echo "first 200 after start (fresh database): ${first_ms} ms"
