// The officer console's only script: live updates from the lane (server-sent events), the x-ray
// overlays and the keyboard shortcuts. Everything the server sends as data is put on the page as
// text (textContent), never as markup; panels are HTML rendered and encoded by the server.
(function () {
  'use strict';

  const page = document.body.dataset.page;
  // What the page was rendered with. The lane can change between the server rendering the page and
  // the feed's first picture reaching it (the shared feed then hands over its latest picture, already
  // newer than the page): comparing with the rendered key catches that change instead of adopting it.
  const laneLive = document.getElementById('lane-live');
  let lastKey = laneLive ? laneLive.dataset.key : null;
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
        get('/console/images/' + hash + '/opaque')
          .then(function (r) { return r ? r.json() : null; })
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

  // Every fetch of the script says so: signed out, it gets 401 (and the page goes to sign-in), not the sign-in page as HTML.
  function get(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'X-Screening-Fetch': '1' } })
      .then(function (r) {
        if (r.status === 401) { signedOut(); return null; }
        return r.ok ? r : null;
      });
  }

  function signedOut() {
    window.location.assign('/signin?returnUrl=' + encodeURIComponent(location.pathname + location.search));
  }

  function refreshPanel(containerId) {
    const container = document.getElementById(containerId);
    if (!container) { return Promise.resolve(); }
    return get(container.dataset.panel)
      .then(function (r) { return r ? r.text() : null; })
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

  let lastDevices = null;

  function onState(state) {
    document.getElementById('offline').hidden = true;
    showAlert(state.alert);
    if (page === 'lane') {
      showMessages(state.lane.messages);
      if (state.lane.key !== lastKey) { refreshPanel('lane-live'); }
      lastKey = state.lane.key;
    } else if (page === 'devices') {
      // Only when something on it changed: a refresh every second would take the keyboard focus away.
      const devices = JSON.stringify(state.devices) + '|' + state.lane.screenings;
      // The first picture may already be newer than the rendered page (see lastKey): it refreshes too.
      if (devices !== lastDevices) { refreshPanel('devices-live'); }
      lastDevices = devices;
    } else if (page === 'alert') {
      if (state.alert.at !== lastAlertAt) { refreshPanel('alert-live'); }
    }
    lastAlertAt = state.alert.at;
  }

  function onMessage(message) {
    if (message.type === 'state') { onState(message.state); }
    else if (message.type === 'signedout') { signedOut(); }
    else if (message.type === 'offline') { document.getElementById('offline').hidden = false; }
  }

  // One live connection per browser, shared by its tabs through a worker (feed-worker.js says why);
  // a browser without shared workers connects from each tab.
  function connectDirect() {
    const source = new EventSource('/console/events');
    source.addEventListener('state', function (e) { onMessage({ type: 'state', state: JSON.parse(e.data) }); });
    source.addEventListener('signedout', function () { source.close(); signedOut(); });
    source.onerror = function () {
      onMessage({ type: 'offline' });
      if (source.readyState === EventSource.CLOSED) {
        get('/console/review?check=1').then(function (r) { if (r) { setTimeout(connectDirect, 2000); } });
      }
    };
  }

  function connect() {
    if (!document.getElementById('alert-banner')) { return; } // signed out: nothing to follow
    if (!('SharedWorker' in window)) { connectDirect(); return; }
    const worker = new SharedWorker('/console/assets/feed-worker.js', { name: 'screening-feed' });
    worker.port.onmessage = function (e) { onMessage(e.data); };
    worker.port.start();
    worker.port.postMessage({ type: 'hello' });
    window.addEventListener('pagehide', function () { worker.port.postMessage({ type: 'bye' }); });
  }

  // The lane page, while shown, counts as x-ray image review; the answer says when to rotate.
  function review() {
    const lanePage = document.getElementById('lane-page');
    if (!lanePage) { return; }
    const every = Number(lanePage.dataset.reviewEvery) || 20000;
    setInterval(function () {
      if (document.visibilityState !== 'visible') { return; }
      get('/console/review').then(function (r) { return r ? r.json() : null; }).then(function (answer) {
        if (answer && answer.rotate !== null && answer.rotate !== undefined) {
          document.getElementById('rotate-minutes').textContent = String(answer.rotate);
          document.getElementById('rotate').hidden = false;
        }
      }).catch(function () { /* the feed shows the lane is unreachable */ });
    }, every);
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
  review();
})();
