#!/usr/bin/env python3
"""Scores newsgraph's fusion (events from incident reports, utterances from statements) against an answer key.

Usage: fusion_eval.py --endpoint http://127.0.0.1:PORT/newsgraph/sparql --gold eval/fusion/SET.json [-v]

The key lists, for events and for utterances, every group of reports of different articles that are the same event
(or the same words of one speaker): each report named by its article id and a piece of its sentence, or by the id of
an incident or statement of the answer key named by "answers" (for real pages, whose text stays out of the repository). A key is
complete for its articles: two reports the system puts together that the key does not list together are a wrong
merge. Scores are pairwise over cross-article pairs of reports:
  precision = system pairs the key has / system pairs,  recall = key pairs the system has / key pairs
Recall is given twice: over the key's reports the extractor found ("fusion"), and over all of them ("end to end",
a report the extractor missed cannot be fused).
"""
import argparse
import itertools
import json
import re
import sys
import urllib.parse
import urllib.request

PREFIX = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
QUERIES = {
    "events": PREFIX + """SELECT ?r ?article ?evidence ?group WHERE {
        ?r a ng:Incident ; ng:inArticle/ng:articleId ?article ; ng:evidence ?evidence .
        OPTIONAL { ?r ng:reportOf ?group } }""",
    "utterances": PREFIX + """SELECT ?r ?article ?evidence ?group WHERE {
        ?r a ng:Statement ; ng:inArticle/ng:articleId ?article ; ng:evidence ?evidence .
        OPTIONAL { ?r ng:reportOf ?group } }""",
}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).strip().lower()


def select(endpoint, query):
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(endpoint, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        rows = json.load(resp)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def score(kind, reports, clusters, verbose):
    by_article = {}
    for r in reports.values():
        by_article.setdefault(r["article"], []).append(r)
    group = {r["r"]: r.get("group") or r["r"] for r in reports.values()}
    gold_of = {}      # system report -> key cluster
    refs = []         # (cluster id, reference, the system reports it names)
    for c in clusters:
        for ref in c["reports"]:
            found = [r["r"] for r in by_article.get(ref["article"], []) if norm(ref["evidence"]) in norm(r["evidence"])]
            refs.append((c["id"], ref, found))
            for x in found:
                gold_of[x] = c["id"]
    # the key's pairs: references of one cluster in different articles
    key_pairs = [(a, b) for a, b in itertools.combinations(refs, 2)
                 if a[0] == b[0] and a[1]["article"] != b[1]["article"]]
    found_pairs = [(a, b) for a, b in key_pairs if a[2] and b[2]]
    hits = [(a, b) for a, b in found_pairs if any(group[x] == group[y] for x in a[2] for y in b[2])]
    # the system's cross-article pairs, right when the key puts both reports in one cluster
    members = {}
    for x, g in group.items():
        members.setdefault(g, []).append(x)
    sys_pairs = [(x, y) for m in members.values() for x, y in itertools.combinations(sorted(m), 2)
                 if reports[x]["article"] != reports[y]["article"]]
    right = [(x, y) for x, y in sys_pairs if x in gold_of and gold_of.get(x) == gold_of.get(y)]
    p = len(right) / len(sys_pairs) if sys_pairs else None
    r_fusion = len(hits) / len(found_pairs) if found_pairs else None
    r_e2e = len(hits) / len(key_pairs) if key_pairs else None
    fmt = lambda v: "n/a " if v is None else f"{v:.2f}"
    missed = [(cid, ref) for cid, ref, found in refs if not found]
    print(f"{kind:<11} P {fmt(p)} R {fmt(r_fusion)} (end to end {fmt(r_e2e)})  system pairs {len(sys_pairs)} "
          f"(right {len(right)})  key pairs {len(key_pairs)} (both reports extracted {len(found_pairs)}, merged "
          f"{len(hits)})  {len(members)} {kind} from {len(reports)} reports")
    if verbose:
        for x, y in sys_pairs:
            if (x, y) not in right:
                print(f"  wrong merge: {reports[x]['article']}: {reports[x]['evidence'][:90]!r}\n"
                      f"           + {reports[y]['article']}: {reports[y]['evidence'][:90]!r}")
        for a, b in found_pairs:
            if (a, b) not in hits:
                print(f"  not merged ({a[0]}): {a[1]['article']}: {a[1]['evidence'][:80]!r} + {b[1]['article']}: "
                      f"{b[1]['evidence'][:80]!r}")
        for cid, ref in missed:
            print(f"  not extracted ({cid}): {ref['article']}: {ref['evidence'][:90]!r}")
    return {"precision": p, "recall": r_fusion, "recall_end_to_end": r_e2e, "system_pairs": len(sys_pairs),
            "key_pairs": len(key_pairs), "groups": len(members), "reports": len(reports)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("-v", action="store_true", help="list every wrong merge, missed merge and missed reference")
    args = ap.parse_args()
    gold = json.load(open(args.gold))
    if "answers" in gold:
        # references by id into an answer key of kg-eval's format (no text of third-party pages in the fusion key)
        import os
        answers = json.load(open(os.path.join(os.path.dirname(os.path.abspath(args.gold)), gold["answers"])))
        by_id = {x["id"]: x for part in ("incidents", "statements") for x in answers.get(part, []) if "id" in x}
        for kind in ("events", "utterances"):
            for c in gold.get(kind, []):
                c["reports"] = [by_id[ref["id"]] if "id" in ref else ref for ref in c["reports"]]
    out = {}
    for kind in ("events", "utterances"):
        rows = select(args.endpoint, QUERIES[kind])
        reports = {}
        for row in rows:
            reports.setdefault(row["r"], row)
        out[kind] = score(kind, reports, gold.get(kind, []), args.v)
    return 0


if __name__ == "__main__":
    sys.exit(main())
