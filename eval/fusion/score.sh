#!/usr/bin/env bash
# Scores fusion on a set: the same fresh store and server as eval/score.sh, scored by fusion_eval.py.
#   eval/fusion/score.sh ARTICLES_DIR FUSION_KEY_JSON [-v]
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCORER="$here/fusion_eval.py" exec "$here/../score.sh" "$@"
