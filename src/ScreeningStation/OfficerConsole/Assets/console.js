// The officer console's only script: live updates from the lane (server-sent events), the x-ray
// overlays and the keyboard shortcuts. Everything the server sends as data is put on the page as
// text (textContent), never as markup; panels are HTML rendered and encoded by the server.
(function () {
  'use strict';

  const page = document.body.dataset.page;
  let lastKey = null;
  let lastAlertAt = null;

  function fitOverlays(root) {
    root.querySelectorAll('figure.frame').forEach(function (figure) {
      const img = figure.querySelector('img');
      const svg = figure.querySelector('svg.boxes');
      if (!img || !svg) { return; }
      const fit = function () {
        if (!img.naturalWidth) { return; }
        svg.setAttribute('viewBox', '0 0 ' + img.naturalWidth + ' ' + img.naturalHeight);
      };
      if (img.complete) { fit(); } else { img.addEventListener('load', fit, { once: true }); }
      const hash = figure.dataset.hash;
      if (hash && !figure.dataset.opaqueLoaded) {
        figure.dataset.opaqueLoaded = '1';
        fetch('/console/images/' + hash + '/opaque', { credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (o) {
            if (!o) { return; }
            o.outlines.forEach(function (points) {
              const poly = document.createElementNS('http://www.w3.org/2000/svg', 'polygon');
              const pairs = [];
              for (let i = 0; i + 1 < points.length; i += 2) { pairs.push(points[i] + ',' + points[i + 1]); }
              poly.setAttribute('points', pairs.join(' '));
              poly.setAttribute('class', 'opaque');
              svg.appendChild(poly);
            });
          })
          .catch(function () { /* the image itself still shows */ });
      }
    });
  }

  function refreshPanel(containerId) {
    const container = document.getElementById(containerId);
    if (!container) { return Promise.resolve(); }
    return fetch(container.dataset.panel, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) {
        if (r.status === 401) { window.location.assign('/signin?returnUrl=' + encodeURIComponent(location.pathname)); return null; }
        return r.ok ? r.text() : null;
      })
      .then(function (html) {
        if (html === null) { return; }
        container.innerHTML = html; // rendered and encoded by the server
        fitOverlays(container);
      });
  }

  function showAlert(alert) {
    const banner = document.getElementById('alert-banner');
    if (!banner) { return; }
    const state = String(alert.state).replace(/[^A-Za-z]/g, '');
    banner.className = 'alert-banner alert-' + state;
    document.getElementById('alert-state').textContent = alert.state;
    document.getElementById('alert-shutdown').hidden = !alert.shutDown;
  }

  function showMessages(messages) {
    const list = document.getElementById('messages');
    if (!list) { return; }
    list.replaceChildren();
    messages.forEach(function (m) {
      const li = document.createElement('li');
      if (m.alarm) { li.className = 'alarm'; }
      const time = document.createElement('time');
      time.textContent = new Date(m.at).toLocaleTimeString('en-GB');
      li.appendChild(time);
      li.appendChild(document.createTextNode(' ' + m.text));
      list.appendChild(li);
    });
  }

  function onState(state) {
    document.getElementById('offline').hidden = true;
    showAlert(state.alert);
    if (page === 'lane') {
      showMessages(state.lane.messages);
      if (lastKey !== null && state.lane.key !== lastKey) { refreshPanel('lane-live'); }
      lastKey = state.lane.key;
    } else if (page === 'devices') {
      refreshPanel('devices-live');
    } else if (page === 'alert') {
      if (lastAlertAt !== null && state.alert.at !== lastAlertAt) { refreshPanel('alert-live'); }
    }
    lastAlertAt = state.alert.at;
  }

  function connect() {
    if (!document.getElementById('alert-banner')) { return; } // signed out: nothing to follow
    const source = new EventSource('/console/events?page=' + encodeURIComponent(page || ''));
    source.addEventListener('state', function (e) { onState(JSON.parse(e.data)); });
    source.addEventListener('rotate', function (e) {
      const minutes = JSON.parse(e.data).minutes;
      document.getElementById('rotate-minutes').textContent = String(minutes);
      document.getElementById('rotate').hidden = false;
    });
    source.onerror = function () {
      document.getElementById('offline').hidden = false;
      if (source.readyState === EventSource.CLOSED) { setTimeout(connect, 3000); }
    };
  }

  function typing(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
  }

  document.addEventListener('keydown', function (e) {
    if (e.altKey && /^[1-5]$/.test(e.key)) {
      const targets = ['/', '/alert', '/log', '/devices', '/reports'];
      window.location.assign(targets[Number(e.key) - 1]);
      e.preventDefault();
      return;
    }
    if (page !== 'lane' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
    const click = function (id) { const el = document.getElementById(id); if (el) { el.click(); e.preventDefault(); } };
    const focus = function (id) { const el = document.getElementById(id); if (el) { el.focus(); e.preventDefault(); } };
    switch (e.key) {
      case 'a': click('admit'); break;
      case 'r': click('refuse'); break;
      case 'i': focus('identify-reference'); break;
      case 'n': focus('note'); break;
      case 'f': focus('items'); break;
      default:
        if (/^[1-6]$/.test(e.key)) {
          const box = document.querySelector('#outcome-form input[data-key="' + e.key + '"]');
          if (box) { box.checked = !box.checked; e.preventDefault(); }
        }
    }
  });

  const dismiss = document.getElementById('rotate-dismiss');
  if (dismiss) { dismiss.addEventListener('click', function () { document.getElementById('rotate').hidden = true; }); }

  fitOverlays(document);
  connect();
})();
