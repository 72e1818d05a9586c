#!/usr/bin/env python3
"""Writes the offline base layer of the map page: country outlines around the conflict, as plain text.

Source: Natural Earth 1:50m admin-0 countries (public domain), as packaged in the npm package world-atlas 2.0.2
(ISC): `npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz`, then
    python3 tools/make-map-outlines.py package/countries-50m.json > src/main/resources/newsgraph/map/outlines.tsv
Output: one line per ring, "country<TAB>lon,lat lon,lat ...", rounded to 0.01 degree, for the rings that touch the
box lon 20..56, lat 24..46 (Syria and its neighbours, with room around them).
"""
import json
import sys

BOX = (20.0, 24.0, 56.0, 46.0)


def main(path):
    topo = json.load(open(path))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices):
        out = []
        for i in indices:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts if not out else pts[1:])
        return out

    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        for poly in polys:
            for r in poly:
                pts = ring(r)
                if not any(BOX[0] <= x <= BOX[2] and BOX[1] <= y <= BOX[3] for x, y in pts):
                    continue
                line, last = [], None
                for x, y in pts:
                    p = "%.2f,%.2f" % (x, y)
                    if p != last:
                        line.append(p)
                    last = p
                if len(line) >= 4:
                    print(name + "\t" + " ".join(line))


if __name__ == "__main__":
    main(sys.argv[1])
