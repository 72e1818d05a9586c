// Loads a newsgraph Cytoscape.js export into a headless cytoscape.js core with cy.json() and prints what it
// holds as JSON. Usage: node read_back.js FILE   (used by CytoscapeJsReadBackIT)
'use strict';
const fs = require('fs');
const cytoscape = require('cytoscape');

const json = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false });
cy.json(json);
const kinds = {};
cy.nodes().forEach((n) => { kinds[n.data('kind')] = (kinds[n.data('kind')] || 0) + 1; });
const edges = cy.edges().map((e) => [e.source().data('iri'), e.data('label'), e.target().data('iri')]);
process.stdout.write(JSON.stringify({
  name: cy.data('name'),
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  kinds,
  edgeList: edges,
}));
