#!/usr/bin/env python3
"""Rebuilds the real-page development set from pages saved outside the repository.

Third-party text never enters the repository: only the answer keys (gold-*.json), the page addresses
(sources-*.tsv) and the SHA-256 of each saved text (checksums.tsv) are committed. This script

  1. merges the part keys gold-*.json into gold.json (entities defined in several parts are merged: their
     'in' lists and aliases joined; a conflict of type or Wikidata id is reported and the first part wins);
  2. with --pages DIR (the folder where the page texts were saved, one <id>.txt per page) and --out DIR,
     copies each page the keys name to the output folder, after checking its SHA-256 against checksums.tsv
     (a page saved differently would not match its key's evidence), and with --record writes checksums.tsv.

    eval/real/build.py                                         # gold.json only
    eval/real/build.py --pages ~/realpages/raw --out /tmp/real  # + the article files, checked
"""
import argparse
import glob
import hashlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def merge_keys():
    parts = sorted(glob.glob(os.path.join(HERE, "gold-*.json")))
    out = {"version": 1, "files": {}, "articles": {}, "actors": [], "places": [], "forbidden_actor_labels": [],
           "allowed_extra_labels": [], "statements": [], "agreements": [], "optional_agreements": [],
           "incidents": [], "meetings": []}
    ents = {}
    agreements = {}
    problems = []
    for p in parts:
        g = json.load(open(p, encoding="utf-8"))
        out["files"].update(g["files"])
        out["articles"].update(g["articles"])
        for kind in ("actors", "places"):
            for e in g[kind]:
                old = ents.get(e["key"])
                if old is None:
                    ents[e["key"]] = (kind, dict(e))
                    continue
                o = old[1]
                for f in ("type", "wikidata"):
                    if e.get(f) and o.get(f) and e[f] != o[f]:
                        problems.append(f"{os.path.basename(p)}: {e['key']} {f} {e[f]!r} != {o[f]!r} (kept)")
                    elif e.get(f) and not o.get(f):
                        o[f] = e[f]
                o["aliases"] = sorted(set(o.get("aliases", [])) | set(e.get("aliases", [])))
                o["in"] = sorted(set(o.get("in", [])) | set(e.get("in", [])))
        for f in ("forbidden_actor_labels", "allowed_extra_labels"):
            out[f] = sorted(set(out[f]) | set(g.get(f, [])))
        for f in ("statements", "optional_agreements", "incidents", "meetings"):
            out[f] += g.get(f, [])
        for a in g.get("agreements", []):
            old = agreements.get(a["key"])
            if old is None:
                agreements[a["key"]] = dict(a)
                continue
            old["evidence"].update(a.get("evidence", {}))
            old["mentioned_in"] = sorted(set(old["mentioned_in"]) | set(a.get("mentioned_in", [])))
    for k, (kind, e) in sorted(ents.items()):
        out[kind].append(e)
    out["agreements"] = list(agreements.values())
    json.dump(out, open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    for p in problems:
        print("warning:", p, file=sys.stderr)
    print(f"gold.json: {len(out['files'])} pages from {len(parts)} parts, {len(out['actors'])} actors, "
          f"{len(out['places'])} places, {len(out['statements'])} statements, {len(out['incidents'])} incidents, "
          f"{len(out['agreements'])} agreements, {len(out['meetings'])} meetings")
    return out


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", help="folder with the saved page texts (<id>.txt)")
    ap.add_argument("--out", help="folder to write the article files to")
    ap.add_argument("--record", action="store_true", help="write checksums.tsv from --pages instead of checking")
    a = ap.parse_args()
    gold = merge_keys()
    if not a.pages:
        return 0
    sums_file = os.path.join(HERE, "checksums.tsv")
    if a.record:
        with open(sums_file, "w", encoding="utf-8") as f:
            f.write("file\tsha256\n")
            for fid, name in sorted(gold["files"].items()):
                f.write(f"{name}\t{sha(os.path.join(a.pages, name))}\n")
        print(f"checksums.tsv: {len(gold['files'])} pages")
    sums = dict(l.rstrip("\n").split("\t") for l in open(sums_file, encoding="utf-8").readlines()[1:])
    bad = 0
    if a.out:
        os.makedirs(a.out, exist_ok=True)
    for fid, name in sorted(gold["files"].items()):
        src = os.path.join(a.pages, name)
        if not os.path.exists(src):
            print(f"missing: {src}", file=sys.stderr)
            bad += 1
            continue
        if sums.get(name) != sha(src):
            print(f"changed: {src} does not match its checksum; its key may not fit", file=sys.stderr)
            bad += 1
            continue
        if a.out:
            shutil.copyfile(src, os.path.join(a.out, name))
    if a.out:
        print(f"{len(gold['files']) - bad} article files in {a.out}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
