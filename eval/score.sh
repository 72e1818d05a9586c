#!/usr/bin/env bash
# Scores an evaluation set: ingests its article folder into a fresh store, serves it on a free port, runs kg-eval.
#   eval/score.sh ARTICLES_DIR GOLD_JSON [kg-eval options, e.g. -v or --json FILE]
# NEWSGRAPH (default: the ./newsgraph beside this folder) picks the launcher, so that two builds can be compared;
# SCORER (default: ../shared/tools/kg-eval) any scorer taking --endpoint URL --gold FILE (eval/fusion/score.sh sets it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
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
"${SCORER:-$here/../shared/tools/kg-eval}" --endpoint "http://127.0.0.1:$port/newsgraph/sparql" --gold "$gold" "$@"
