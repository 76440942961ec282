#!/usr/bin/env node
// Builds the reading room's offline basemap, src/main/resources/assets/basemap/countries.json,
// from Natural Earth's 1:50m admin-0 countries (public domain) as redistributed by the
// npm package world-atlas (TopoJSON). Run by scripts/vendor-frontend after `npm ci`.
//
// Borders are simplified once per shared TopoJSON arc (so neighbours keep identical
// borders): finely inside the East Asia window (Korea must stay recognisable at zoom 7+),
// coarsely elsewhere (roughly 1:110m). Coordinates are rounded to match. Antarctica is
// left out; rings crossing the antimeridian are moved east of 180. The output is plain
// GeoJSON: a FeatureCollection of countries with `id` (ISO 3166-1 numeric, as in
// world-atlas) and `properties.name`.
'use strict';

const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');

const WINDOW = { west: 95, south: 10, east: 155, north: 60 };
const TOLERANCE_IN = 0.003; // degrees, about 300 m
const TOLERANCE_OUT = 0.1; // degrees
const DECIMALS_IN = 3;
const DECIMALS_OUT = 2;
const DROP = new Set(['010']); // Antarctica

function inWindow(p) {
  return p[0] >= WINDOW.west && p[0] <= WINDOW.east && p[1] >= WINDOW.south && p[1] <= WINDOW.north;
}

function decodeArcs(topology) {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((d) => {
      x += d[0];
      y += d[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

function distance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let u = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  u = Math.max(0, Math.min(1, u));
  const ex = a[0] + u * dx - p[0];
  const ey = a[1] + u * dy - p[1];
  return Math.sqrt(ex * ex + ey * ey);
}

// Douglas-Peucker with a tolerance that depends on where the candidate point lies.
function simplify(points) {
  if (points.length <= 2) {
    return points;
  }
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let far = -1;
    let max = 0;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > max) {
        max = d;
        far = i;
      }
    }
    if (far < 0) {
      continue;
    }
    const fine = inWindow(points[far]) || inWindow(points[a]) || inWindow(points[b]);
    if (max > (fine ? TOLERANCE_IN : TOLERANCE_OUT)) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((p, i) => keep[i]);
}

function round(p) {
  const f = Math.pow(10, inWindow(p) ? DECIMALS_IN : DECIMALS_OUT);
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

// world-atlas rings that cross the antimeridian (Chukotka) jump from +180 to -180;
// on a flat map that would draw a band across the world. Such rings are moved east of 180.
function unwrap(ring) {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  return crosses ? ring.map((p) => (p[0] < 0 ? [p[0] + 360, p[1]] : p)) : ring;
}

function cleanRing(ring) {
  const out = [];
  for (const p of unwrap(ring).map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      out.push(p);
    }
  }
  return out.length >= 4 ? out : null;
}

function cleanPolygon(rings) {
  const outer = cleanRing(rings[0]);
  if (!outer) {
    return null;
  }
  return [outer].concat(rings.slice(1).map(cleanRing).filter(Boolean));
}

function cleanGeometry(g) {
  if (!g) {
    return null;
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map(cleanPolygon).filter(Boolean);
  if (!polygons.length) {
    return null;
  }
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function main() {
  const source = require('world-atlas/countries-50m.json');
  const topology = {
    type: 'Topology',
    objects: { countries: source.objects.countries },
    arcs: decodeArcs(source).map(simplify),
  };
  const collection = topojson.feature(topology, topology.objects.countries);
  const features = [];
  for (const f of collection.features) {
    if (DROP.has(f.id)) {
      continue;
    }
    const geometry = cleanGeometry(f.geometry);
    if (geometry) {
      const feature = { type: 'Feature', properties: { name: f.properties.name }, geometry };
      if (f.id !== undefined) {
        feature.id = f.id;
      }
      features.push(feature);
    }
  }
  const out = path.resolve(__dirname, '..', 'src/main/resources/assets/basemap/countries.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const json = JSON.stringify({ type: 'FeatureCollection', features });
  fs.writeFileSync(out, json + '\n');
  console.log('basemap: ' + features.length + ' countries, ' + json.length + ' bytes -> ' + out);
}

main();
