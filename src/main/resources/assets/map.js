/*
 * Chancery: place maps, drawn with Leaflet (assets/vendor/leaflet) on an offline basemap
 * (assets/basemap/countries.json, Natural Earth). No tiles: nothing is fetched from
 * elsewhere.
 *
 * Markup (any number per page):
 *   <figure class="place-map" data-src="/api/authorities/{id}/map">
 *     <div class="map-canvas"></div><figcaption>…</figcaption></figure>
 * data-src answers {"focus": id, "points": [{id, label, lat, lon, href, documents}]}.
 * After drawing, the figure gets data-drawn="<n> points" (0 points, with a short message
 * in the figure, when the data cannot be loaded or has no usable point) and the Leaflet
 * map as the property `figure.leafletMap`. Markers show their label on hover and keyboard
 * focus, open a popup with a link on click, and follow the link on Enter.
 * Loads leaflet.css itself when the page has not linked it. Under prefers-reduced-motion
 * nothing animates.
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
    visuals.showMessage(figure, text, '0 points');
  }

  var SELECTOR = 'figure.place-map';
  var script = document.currentScript;
  var ASSETS = script && script.src ? script.src.replace(/[^/]*$/, '') : '/assets/';
  var BASEMAP = ASSETS + 'basemap/countries.json';
  var LEAFLET_CSS = ASSETS + 'vendor/leaflet/leaflet.css';
  var SINGLE_POINT_ZOOM = 7;
  var MAX_FIT_ZOOM = 7;

  var basemap = null;

  /** The basemap, fetched once per page; null (markers on a plain sea) if it fails. */
  function loadBasemap() {
    if (!basemap) {
      basemap = fetchJson(BASEMAP).catch(function (error) {
        console.warn('place map: basemap: ' + (error && error.message));
        return null;
      });
    }
    return basemap;
  }

  /** Links leaflet.css (before the site's styles, which refine it) unless the page has. */
  function ensureLeafletCss() {
    if (document.querySelector('link[rel~="stylesheet"][href*="leaflet.css"]')) {
      return Promise.resolve();
    }
    return new Promise(function (resolve) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = LEAFLET_CSS;
      link.onload = resolve;
      link.onerror = resolve;
      document.head.insertBefore(link, document.head.querySelector('link[rel~="stylesheet"]'));
    });
  }

  function usablePoints(data) {
    var points = Array.isArray(data && data.points) ? data.points : [];
    return points.filter(function (p) {
      return p && p.lat !== null && p.lon !== null && p.lat !== '' && p.lon !== ''
        && isFinite(Number(p.lat)) && isFinite(Number(p.lon))
        && Math.abs(Number(p.lat)) <= 90 && Math.abs(Number(p.lon)) <= 180;
    }).map(function (p) {
      var documents = Number(p.documents);
      return {
        id: p.id === undefined || p.id === null ? '' : String(p.id),
        label: p.label ? String(p.label) : String(p.id),
        href: safeHref(p.href),
        documents: isFinite(documents) && documents > 0 ? documents : 0,
        latLng: [Number(p.lat), Number(p.lon)],
      };
    });
  }

  function documentsText(n) {
    return n === 1 ? '1 document' : n + ' documents';
  }

  function popupContent(point) {
    var box = document.createElement('div');
    var name;
    if (point.href) {
      name = document.createElement('a');
      name.href = point.href;
    } else {
      name = document.createElement('strong');
    }
    name.textContent = point.label;
    box.appendChild(name);
    if (point.documents) {
      var count = document.createElement('div');
      count.className = 'place-documents';
      count.textContent = documentsText(point.documents);
      box.appendChild(count);
    }
    return box;
  }

  function tooltipContent(point) {
    var span = document.createElement('span');
    span.textContent = point.label;
    return span;
  }

  function draw(figure) {
    var canvas = figure.querySelector('.map-canvas');
    if (!canvas) {
      canvas = document.createElement('div');
      canvas.className = 'map-canvas';
      figure.insertBefore(canvas, figure.firstChild);
    }
    var src = figure.getAttribute('data-src');
    if (!src) {
      showMessage(figure, 'No places to show.');
      return Promise.resolve();
    }
    return Promise.all([fetchJson(src), loadBasemap()]).then(function (results) {
      var points = usablePoints(results[0]);
      if (!points.length) {
        showMessage(figure, 'No places to show.');
        return;
      }
      var focus = results[0] && results[0].focus !== undefined && results[0].focus !== null
        ? String(results[0].focus) : null;
      render(figure, canvas, points, focus, results[1]);
    }).catch(function (error) {
      console.warn('place map: ' + src + ': ' + (error && error.message));
      showMessage(figure, 'The map could not be loaded.');
    });
  }

  function render(figure, canvas, points, focus, countries) {
    var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var L = window.L;
    var map = L.map(canvas, {
      attributionControl: true,
      zoomControl: true,
      scrollWheelZoom: false,
      zoomSnap: 0.5,
      minZoom: 1,
      maxZoom: 9,
      zoomAnimation: !reduce,
      fadeAnimation: !reduce,
      markerZoomAnimation: !reduce,
      inertia: !reduce,
      maxBounds: [[-85, -220], [85, 220]],
      maxBoundsViscosity: 0.8,
      renderer: L.svg({ padding: 0.5 }),
    });
    figure.leafletMap = map;
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Basemap: Natural Earth · Leaflet');

    var latLngs = points.map(function (p) { return p.latLng; });
    var fit = function () {
      if (points.length === 1) {
        map.setView(latLngs[0], SINGLE_POINT_ZOOM, { animate: false });
      } else {
        map.fitBounds(L.latLngBounds(latLngs), { padding: [40, 40], maxZoom: MAX_FIT_ZOOM, animate: false });
      }
    };
    fit();

    if (countries) {
      L.geoJSON(countries, {
        interactive: false,
        style: function (feature) {
          // Colours come from style.css (CSS beats SVG presentation attributes); these
          // are only the fallback.
          return {
            className: 'basemap-land country-' + (feature.id || 'none'),
            color: '#a59c8c',
            weight: 0.6,
            opacity: 1,
            fillColor: '#f3efe6',
            fillOpacity: 1,
          };
        },
      }).addTo(map);
    }

    var maxDocuments = points.reduce(function (m, p) { return Math.max(m, p.documents); }, 0) || 1;
    // Busiest first, the focus last: small and focus markers end up on top.
    var ordered = points.slice().sort(function (a, b) {
      return (a.id === focus) - (b.id === focus) || b.documents - a.documents;
    });
    ordered.forEach(function (point) {
      var isFocus = point.id === focus;
      var radius = 5 + 9 * Math.sqrt(point.documents / maxDocuments) + (isFocus ? 2 : 0);
      var marker = L.circleMarker(point.latLng, {
        radius: radius,
        className: 'place-marker' + (isFocus ? ' is-focus' : ''),
        color: '#ffffff',
        weight: isFocus ? 2.5 : 1.5,
        fillColor: isFocus ? '#7a1f1f' : '#5b6b7d',
        fillOpacity: 0.85,
        bubblingMouseEvents: false,
      }).addTo(map);
      marker.bindTooltip(tooltipContent(point), {
        direction: 'top',
        offset: [0, -radius],
        permanent: isFocus,
        className: 'place-label' + (isFocus ? ' is-focus' : ''),
      });
      marker.bindPopup(popupContent(point), { autoPan: !reduce, closeButton: true });

      var element = marker.getElement();
      if (element) {
        element.setAttribute('data-place', point.id);
        element.setAttribute('tabindex', '0');
        element.setAttribute('role', point.href ? 'link' : 'img');
        element.setAttribute('aria-label', point.label
          + (point.documents ? ', ' + documentsText(point.documents) : ''));
        element.addEventListener('focus', function () { marker.openTooltip(); });
        element.addEventListener('blur', function () {
          if (!isFocus) {
            marker.closeTooltip();
          }
        });
        element.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' && point.href) {
            window.location.assign(point.href);
          }
        });
      }
    });

    if (typeof ResizeObserver === 'function') {
      var wasEmpty = canvas.clientWidth === 0 || canvas.clientHeight === 0;
      new ResizeObserver(function () {
        map.invalidateSize({ animate: false });
        if (wasEmpty && canvas.clientWidth > 0 && canvas.clientHeight > 0) {
          fit();
        }
        wasEmpty = canvas.clientWidth === 0 || canvas.clientHeight === 0;
      }).observe(canvas);
    }

    figure.setAttribute('data-drawn', points.length + ' points');
  }

  function init() {
    var figures = Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
    if (!figures.length) {
      return;
    }
    if (!window.L || typeof window.L.map !== 'function') {
      figures.forEach(function (f) {
        showMessage(f, 'The map could not be drawn.');
      });
      return;
    }
    loadBasemap();
    ensureLeafletCss().then(function () {
      figures.forEach(draw);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
