#!/usr/bin/env bash
# schemathesis against the served OpenAPI document on loopback (issue 5): generated
# requests to every operation; no 5xx, and every response must match its schema.
#   tests/api/schemathesis.sh [BINARY] [MAX_EXAMPLES]   (SEED=… for another seed)
# Installs schemathesis (pinned) into target/schemathesis.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${1:-target/debug/rolwijzer}"
MAX="${2:-40}"
if [ ! -x target/schemathesis/bin/schemathesis ]; then
  python3 -m venv target/schemathesis
fi
target/schemathesis/bin/pip install -q --disable-pip-version-check -r tests/api/requirements.txt

WORK="$(mktemp -d)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DB="sqlite://$WORK/api.db"
"$BIN" serve --database "$DB" --listen "127.0.0.1:$PORT" >"$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
UP=
for _ in $(seq 1 200); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null; then UP=1; break; fi
  sleep 0.05
done
[ -n "$UP" ] || { echo "serve did not start; its log:" >&2; cat "$WORK/serve.log" >&2; exit 1; }

"$BIN" user add schemathesis --database "$DB" >/dev/null
TOKEN=$("$BIN" user token schemathesis --name schemathesis --database "$DB" | tail -n1)
# A collaboration of its own, so reads and writes have something to work on.
curl -fsS -o /dev/null -X POST "http://127.0.0.1:$PORT/api/collaborations?slug=api-test" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/yaml' \
  --data-binary @examples/gestructureerd-twaalf-gemeenten.yaml

target/schemathesis/bin/schemathesis --config-file tests/api/schemathesis.toml run "http://127.0.0.1:$PORT/api/openapi.json" \
  --header "Authorization: Bearer $TOKEN" \
  --checks all \
  --max-examples "$MAX" \
  --seed "${SEED:-20261128}" \
  --request-timeout 20 \
  --suppress-health-check all \
  --report junit --report-dir "$WORK/report"
