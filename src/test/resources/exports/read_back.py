"""Reads newsgraph's GraphML, GEXF and Cytoscape.js exports with networkx and prints what it found as JSON.

Usage: python3 read_back.py GRAPHML GEXF CYTOSCAPE_JSON
Used by GraphExportsReadBackIT; a third-party reader is the judge of whether the files are readable.
"""
import json
import sys

import networkx as nx
from networkx.readwrite import json_graph

NODE_KEYS = ("kind", "category", "label", "name", "outlet", "article", "date", "dateEarliest", "dateLatest",
             "start", "end", "killed", "displaced", "wikidata", "incidentType", "mode", "quote", "latitude",
             "longitude")


def summary(g):
    iri = {n: d["iri"] for n, d in g.nodes(data=True)}
    nodes = {}
    for n, d in g.nodes(data=True):
        nodes[d["iri"]] = {k: d[k] for k in NODE_KEYS if k in d}
        nodes[d["iri"]]["id"] = n
    edges = sorted([iri[u], d.get("relation"), iri[v], d.get("start"), d.get("end")]
                   for u, v, d in g.edges(data=True))
    return {
        "class": type(g).__name__,
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "mode": g.graph.get("mode"),
        "node_count": g.number_of_nodes(),
        "edge_count": g.number_of_edges(),
        # GraphML's edge id becomes the multigraph key in networkx; GEXF and Cytoscape keep it as data
        "edge_ids": sorted({str(d.get("id", k)) for _, _, k, d in g.edges(keys=True, data=True)}),
        "nodes": nodes,
        "edges": edges,
    }


def main():
    graphml, gexf, cyjs = sys.argv[1:4]
    with open(cyjs, encoding="utf-8") as f:
        cy = json_graph.cytoscape_graph(json.load(f))
    out = {
        "networkx": nx.__version__,
        "graphml": summary(nx.read_graphml(graphml)),
        "gexf": summary(nx.read_gexf(gexf)),
        "cytoscape": summary(cy),
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
