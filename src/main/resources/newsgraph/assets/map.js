// newsgraph map page: draws the places and located incidents of the page's data block (#map-data) on a Leaflet map.
// Base layer: the country outlines shipped with newsgraph (/assets/outlines.geojson), so the map works offline.
// OpenStreetMap tiles are an overlay in the layer menu, off until the analyst switches them on (the choice is kept
// in localStorage). Text from the store is only ever set as textContent, never parsed as HTML.
(function () {
  'use strict';
  var el = document.getElementById('leaflet-map');
  var dataEl = document.getElementById('map-data');
  if (!el || !dataEl || !window.L) {
    return; // no Leaflet: the SVG drawing below stays the map
  }
  var data = JSON.parse(dataEl.textContent);
  el.hidden = false;
  var drawing = document.getElementById('svg-map');
  if (drawing) {
    drawing.hidden = true;
  }

  var map = L.map(el, { zoomSnap: 0.25, worldCopyJump: true });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  var box = data.box; // [west, south, east, north]
  map.fitBounds([[box[1], box[0]], [box[3], box[2]]]);

  var outlines = L.geoJSON(null, {
    interactive: false,
    style: { color: '#b9b2a0', weight: 0.8, fillColor: '#f3f1ea', fillOpacity: 1 },
    attribution: 'Natural Earth'
  }).addTo(map);
  fetch('/assets/outlines.geojson')
    .then(function (r) { return r.json(); })
    .then(function (g) {
      outlines.addData(g);
      outlines.setStyle({ fillOpacity: map.hasLayer(tiles) ? 0 : 1 });
      outlines.bringToBack();
    })
    .catch(function () { /* the circles still show without outlines */ });

  var tiles = L.tileLayer(data.tiles, { maxZoom: 18, attribution: data.attribution });
  // the outlines lie above the tiles: with tiles on they keep their borders and lose their fill
  tiles.on('add', function () { outlines.setStyle({ fillOpacity: 0 }); store('on'); });
  tiles.on('remove', function () { outlines.setStyle({ fillOpacity: 1 }); store('off'); });

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function popup(p) {
    var div = document.createElement('div');
    var title = document.createElement('strong');
    title.appendChild(link(p.href, p.label));
    div.appendChild(title);
    if (p.incidents) {
      var ul = document.createElement('ul');
      Object.keys(p.incidents).sort().forEach(function (t) {
        var li = document.createElement('li');
        li.textContent = t + ': ' + p.incidents[t];
        ul.appendChild(li);
      });
      div.appendChild(ul);
      div.appendChild(link(p.timeline, 'these incidents on the timeline'));
    }
    return div;
  }

  function total(p) {
    return Object.keys(p.incidents).reduce(function (n, t) { return n + p.incidents[t]; }, 0);
  }

  function mainType(p) {
    return Object.keys(p.incidents).sort(function (a, b) { return p.incidents[b] - p.incidents[a]; })[0];
  }

  var located = data.places.filter(function (p) { return p.incidents; });
  var most = located.reduce(function (m, p) { return Math.max(m, total(p)); }, 1);
  var incidents = L.featureGroup();
  var others = L.featureGroup();
  data.places.forEach(function (p) {
    var marker;
    if (p.incidents) {
      var n = total(p);
      marker = L.circleMarker([p.lat, p.lon], {
        radius: 5 + 25 * Math.sqrt((n - 1) / Math.max(1, most - 1)),
        color: '#fff', weight: 1, fillColor: data.colours[mainType(p)] || '#555', fillOpacity: 0.75,
        className: 'incident-marker'
      });
      marker.bindTooltip(p.label + ' (' + n + ')');
      incidents.addLayer(marker);
    } else {
      marker = L.circleMarker([p.lat, p.lon], {
        radius: 3, stroke: false, fillColor: '#8a8f99', fillOpacity: 1, className: 'place-marker'
      });
      marker.bindTooltip(p.label);
      others.addLayer(marker);
    }
    marker.bindPopup(function () { return popup(p); });
  });
  others.addTo(map);
  incidents.addTo(map);

  L.control.layers(null, {
    'OpenStreetMap tiles (online)': tiles,
    'Places with incidents': incidents,
    'Other places named': others
  }, { collapsed: false }).addTo(map);
  L.control.scale({ imperial: false }).addTo(map);
  if (stored() === 'on') {
    tiles.addTo(map);
  }

  function store(v) {
    try { window.localStorage.setItem('newsgraph.tiles', v); } catch (e) { /* private mode */ }
  }

  function stored() {
    try { return window.localStorage.getItem('newsgraph.tiles'); } catch (e) { return null; }
  }
})();
