/*
 * Chancery: what the page visuals (graph.js, map.js) share — fetching their data, saying
 * in the figure why nothing is drawn, and keeping links to http(s). Load it before them.
 *
 * Plain ES2017, no build step.
 */
window.ChanceryVisuals = (function () {
  'use strict';

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status + ' for ' + url);
        }
        return response.json();
      });
  }

  /** A short message in the figure, before its caption; `drawn` goes to data-drawn. */
  function showMessage(figure, text, drawn) {
    figure.classList.add('is-empty');
    var message = figure.querySelector('.visual-message');
    if (!message) {
      message = document.createElement('p');
      message.className = 'visual-message';
      figure.insertBefore(message, figure.querySelector('figcaption'));
    }
    message.textContent = text;
    figure.setAttribute('data-drawn', drawn);
  }

  /** A link the page may follow: http(s) only (never javascript: or data:), else ''. */
  function safeHref(href) {
    if (typeof href !== 'string' || !href) {
      return '';
    }
    try {
      var url = new URL(href, window.location.href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
    } catch (e) {
      return '';
    }
  }

  return { fetchJson: fetchJson, showMessage: showMessage, safeHref: safeHref };
}());
