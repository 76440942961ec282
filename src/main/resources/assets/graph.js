/*
 * Chancery: correspondence network graphs, drawn with cytoscape (assets/vendor/cytoscape).
 *
 * Markup (any number per page):
 *   <figure class="network-graph" data-src="/api/authorities/{id}/network">
 *     <div class="network-canvas"></div><figcaption>…</figcaption></figure>
 * data-src answers {"focus": id, "nodes": [{id, label, href, documents}],
 *                   "edges": [{source, target, count}]}  (source wrote to target).
 * After drawing, the figure gets data-drawn="<n> nodes, <m> edges" (0 and 0, with a short
 * message in the figure, when the data cannot be loaded or is empty) and the cytoscape
 * instance as the property `figure.cy`. Clicking a node opens its href. The canvas is
 * not keyboard-operable: pages show the same network as a table. The layout is
 * deterministic and never animated (so also under prefers-reduced-motion).
 *
 * Needs assets/visuals.js loaded before it. Plain ES2017, no build step; does nothing on
 * pages without such figures.
 */
(function () {
  'use strict';

  var visuals = window.ChanceryVisuals;
  var fetchJson = visuals.fetchJson;
  var safeHref = visuals.safeHref;

  function showMessage(figure, text) {
    visuals.showMessage(figure, text, '0 nodes, 0 edges');
  }

  var SELECTOR = 'figure.network-graph';
  // cytoscape adds a <style> element with this id unless one exists; the page's CSP
  // (style-src 'self') would refuse it. style.css carries the rule instead.
  var CY_STYLESHEET_ID = '__________cytoscape_stylesheet';

  function number(value, fallback) {
    var n = Number(value);
    return isFinite(n) && n >= 0 ? n : fallback;
  }

  /** The cytoscape elements for the JSON, leaving out what it cannot draw. */
  function elements(data) {
    var nodes = [];
    var edges = [];
    var seen = Object.create(null);
    (Array.isArray(data && data.nodes) ? data.nodes : []).forEach(function (n) {
      if (!n || n.id === undefined || n.id === null || seen[String(n.id)]) {
        return;
      }
      var id = String(n.id);
      seen[id] = true;
      nodes.push({
        group: 'nodes',
        data: {
          id: id,
          label: n.label ? String(n.label) : id,
          href: safeHref(n.href),
          documents: number(n.documents, 0),
        },
      });
    });
    (Array.isArray(data && data.edges) ? data.edges : []).forEach(function (e, i) {
      if (!e || !seen[String(e.source)] || !seen[String(e.target)]) {
        return;
      }
      edges.push({
        group: 'edges',
        data: {
          id: 'e' + i,
          source: String(e.source),
          target: String(e.target),
          count: number(e.count, 1),
        },
      });
    });
    var focus = data && data.focus !== undefined && data.focus !== null ? String(data.focus) : '';
    return { nodes: nodes, edges: edges, focus: seen[focus] ? focus : '' };
  }

  function maxOf(items, key) {
    return items.reduce(function (m, item) {
      return Math.max(m, item.data[key]);
    }, 0) || 1;
  }

  function cssVar(style, name, fallback) {
    var value = style.getPropertyValue(name).trim();
    return value || fallback;
  }

  function stylesheet(figure, maxDocuments, maxCount) {
    var css = window.getComputedStyle(figure);
    var node = cssVar(css, '--graph-node', '#5b6b7d');
    var focus = cssVar(css, '--graph-focus', '#7a1f1f');
    var edge = cssVar(css, '--graph-edge', '#9a8f80');
    var ink = cssVar(css, '--graph-label', '#1d1d1f');
    var paper = cssVar(css, '--graph-label-background', '#fbfaf7');
    var hover = cssVar(css, '--graph-hover', '#f0b429');
    var font = cssVar(css, '--graph-font', css.fontFamily || 'sans-serif');
    return [
      {
        selector: 'node',
        style: {
          width: function (n) { return 18 + 38 * Math.sqrt(n.data('documents') / maxDocuments); },
          height: function (n) { return 18 + 38 * Math.sqrt(n.data('documents') / maxDocuments); },
          'background-color': node,
          'border-width': 2,
          'border-color': paper,
          label: 'data(label)',
          color: ink,
          'font-family': font,
          'font-size': 13,
          'text-valign': 'bottom',
          'text-halign': 'center',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-background-color': paper,
          'text-background-opacity': 0.85,
          'text-background-padding': 2,
          'text-background-shape': 'roundrectangle',
        },
      },
      {
        selector: 'node.focus',
        style: { 'background-color': focus, 'border-color': ink, 'font-weight': 'bold', 'z-index': 10 },
      },
      { selector: 'node.hover', style: { 'border-color': hover, 'border-width': 4 } },
      {
        selector: 'edge',
        style: {
          width: function (e) { return 1 + 5 * (e.data('count') / maxCount); },
          'curve-style': 'bezier',
          'line-color': edge,
          'target-arrow-color': edge,
          'target-arrow-shape': 'triangle',
          'arrow-scale': 1.1,
          opacity: 0.85,
          label: 'data(count)',
          'font-family': font,
          'font-size': 10,
          color: ink,
          'text-rotation': 'none',
          'text-background-color': paper,
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
        },
      },
    ];
  }

  function draw(figure) {
    var canvas = figure.querySelector('.network-canvas');
    if (!canvas) {
      canvas = document.createElement('div');
      canvas.className = 'network-canvas';
      figure.insertBefore(canvas, figure.firstChild);
    }
    var src = figure.getAttribute('data-src');
    if (!src) {
      showMessage(figure, 'No correspondence network to show.');
      return Promise.resolve();
    }
    return fetchJson(src).then(function (data) {
      var graph = elements(data);
      if (!graph.nodes.length) {
        showMessage(figure, 'No correspondence to show.');
        return;
      }
      render(figure, canvas, graph);
    }).catch(function (error) {
      console.warn('network graph: ' + src + ': ' + (error && error.message));
      showMessage(figure, 'The correspondence network could not be loaded.');
    });
  }

  function render(figure, canvas, graph) {
    var neighbours = Object.create(null);
    graph.edges.forEach(function (e) {
      if (e.data.source === graph.focus) {
        neighbours[e.data.target] = true;
      }
      if (e.data.target === graph.focus) {
        neighbours[e.data.source] = true;
      }
    });
    // Biggest correspondents first: a stable order around the rings.
    graph.nodes.sort(function (a, b) {
      return b.data.documents - a.data.documents || (a.data.label < b.data.label ? -1 : 1);
    });
    var maxDocuments = maxOf(graph.nodes, 'documents');
    var many = graph.nodes.length > 13;
    graph.nodes.forEach(function (n) {
      var id = n.data.id;
      // The focus in the middle; with few nodes one ring around it, with many, rings by
      // number of documents (the busiest innermost).
      n.data.level = id === graph.focus ? 1e9
        : many ? n.data.documents + (neighbours[id] ? maxDocuments : 0) : (neighbours[id] ? 2 : 1);
      if (id === graph.focus) {
        n.classes = 'focus';
      }
    });
    var levelWidth = many ? Math.max(1, maxDocuments / 2) : 1;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Correspondence network: ' + graph.nodes.length
      + ' correspondents, ' + graph.edges.length + ' directions of correspondence.');

    var cy = window.cytoscape({
      container: canvas,
      elements: graph.nodes.concat(graph.edges),
      style: stylesheet(figure, maxDocuments, maxOf(graph.edges, 'count')),
      layout: {
        name: 'concentric',
        concentric: function (n) { return n.data('level'); },
        levelWidth: function () { return levelWidth; },
        startAngle: 1.5 * Math.PI,
        minNodeSpacing: 24,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        animate: false,
        fit: true,
        padding: 24,
      },
      minZoom: 0.2,
      maxZoom: 1.8,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    figure.cy = cy;

    cy.on('tap', 'node', function (event) {
      var href = event.target.data('href');
      if (href) {
        window.location.assign(href);
      }
    });
    cy.on('mouseover', 'node', function (event) {
      event.target.addClass('hover');
      figure.classList.toggle('is-pointing', Boolean(event.target.data('href')));
    });
    cy.on('mouseout', 'node', function (event) {
      event.target.removeClass('hover');
      figure.classList.remove('is-pointing');
    });

    if (typeof ResizeObserver === 'function') {
      var width = canvas.clientWidth;
      var height = canvas.clientHeight;
      new ResizeObserver(function () {
        if (canvas.clientWidth === width && canvas.clientHeight === height) {
          return;
        }
        width = canvas.clientWidth;
        height = canvas.clientHeight;
        cy.resize();
        cy.fit(undefined, 24);
      }).observe(canvas);
    }

    var drawn = graph.nodes.length + ' nodes, ' + graph.edges.length + ' edges';
    var mark = function () {
      figure.setAttribute('data-drawn', drawn);
    };
    // Said once the canvas has been painted (or shortly anyway, e.g. in a hidden tab).
    cy.one('render', function () {
      window.requestAnimationFrame(mark);
    });
    window.setTimeout(mark, 1500);
  }

  function init() {
    var figures = Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
    if (!figures.length) {
      return;
    }
    if (typeof window.cytoscape !== 'function') {
      figures.forEach(function (f) {
        showMessage(f, 'The correspondence network could not be drawn.');
      });
      return;
    }
    if (!document.getElementById(CY_STYLESHEET_ID)) {
      var marker = document.createElement('meta');
      marker.id = CY_STYLESHEET_ID;
      marker.name = 'cytoscape-container-rule';
      marker.content = 'in /assets/style.css';
      document.head.appendChild(marker);
    }
    figures.forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
