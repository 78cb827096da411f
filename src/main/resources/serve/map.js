// A world map from the vendored Natural Earth countries (TopoJSON, world-atlas): every country is a path, coloured
// by a class the page gives it. Plain equirectangular projection; no library.
"use strict";
const worldMap = (() => {
  let shapes = null; // [{id: alpha-3 or null, d: path}]

  /** The arcs of the topology in longitude and latitude (they are quantized and delta-encoded). */
  function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    return topology.arcs.map(arc => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
    });
  }

  function ring(arcs, indices) {
    const points = [];
    for (const index of indices) {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    // a ring across the antimeridian (Russia's Chukotka, Fiji) is drawn on its own side, the rest beyond the edge
    const east = points.reduce((sum, p) => sum + p[0], 0) / points.length > 0;
    return points.map(([lon, lat]) => [east && lon < -90 ? lon + 360 : !east && lon > 90 ? lon - 360 : lon, lat]);
  }

  const project = ([lon, lat]) => [((lon + 180) * 2).toFixed(1), ((90 - lat) * 2).toFixed(1)];

  function path(arcs, geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.type === "MultiPolygon" ? geometry.arcs : [];
    return polygons.map(polygon => polygon.map(indices =>
      "M" + ring(arcs, indices).map(p => project(p).join(",")).join("L") + "Z").join("")).join("");
  }

  async function load() {
    if (shapes) { return shapes; }
    const [topology, codes] = await Promise.all([
      fetch("/static/countries-110m.json").then(r => r.json()), fetch("/static/iso-codes.json").then(r => r.json())]);
    const byNumber = {};
    for (const [alpha3, number] of Object.entries(codes)) { byNumber[number] = alpha3; }
    const arcs = decodeArcs(topology);
    shapes = topology.objects.countries.geometries.map(g => ({
      id: byNumber[g.id] || null, name: g.properties && g.properties.name, d: path(arcs, g) }));
    return shapes;
  }

  /** Draws the map into the svg element, each country's class from classOf(alpha-3), its title from titleOf. */
  async function draw(svg, classOf, titleOf) {
    const countries = await load();
    svg.setAttribute("viewBox", "0 0 720 360");
    svg.replaceChildren(...countries.map(c => {
      const p = document.createElementNS("http://www.w3.org/2000/svg", "path");
      p.setAttribute("d", c.d);
      p.setAttribute("class", "country " + (c.id ? classOf(c.id) : "none"));
      if (c.id) { p.dataset.id = c.id; }
      const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = c.name + (c.id ? " (" + c.id + ")" + titleOf(c.id) : "");
      p.appendChild(title);
      return p;
    }));
  }

  return { draw };
})();
