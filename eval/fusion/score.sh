#!/usr/bin/env bash
# Scores fusion on a set: ingests its articles into a fresh store, serves it on a free port, runs fusion_eval.py.
#   eval/fusion/score.sh ARTICLES_DIR FUSION_KEY_JSON [-v]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
articles="$1"; gold="$2"; shift 2
launcher="${NEWSGRAPH:-$here/newsgraph}"
store="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$launcher" ingest "$articles" --store "$store/db" >"$store/ingest.log" 2>&1 || { cat "$store/ingest.log" >&2; exit 1; }
"$launcher" serve --store "$store/db" --port "$port" >"$store/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$store"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/newsgraph/sparql?query=ASK%7B%7D" >/dev/null 2>&1 && break
  sleep 1
done
python3 "$here/eval/fusion/fusion_eval.py" --endpoint "http://127.0.0.1:$port/newsgraph/sparql" --gold "$gold" "$@"
