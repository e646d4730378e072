// One live connection to the lane per browser, shared by every console tab of the same origin: a
// browser allows only six connections to one host over HTTP/1.1, and a connection held by each tab
// would soon leave none for pages and forms. Tabs talk to this worker through their ports.
'use strict';

const ports = new Set();
let last = null;
let source = null;

function send(message) {
  if (message.type === 'state') { last = message; }
  ports.forEach(function (port) { port.postMessage(message); });
}

function open() {
  source = new EventSource('/console/events');
  source.addEventListener('state', function (e) { send({ type: 'state', state: JSON.parse(e.data) }); });
  source.addEventListener('signedout', function () { source.close(); source = null; last = null; send({ type: 'signedout' }); });
  source.onerror = function () {
    send({ type: 'offline' });
    source.close();
    source = null;
    // Signed out, or the lane stopped? Ask, then try again.
    fetch('/console/review?check=1', { credentials: 'same-origin', headers: { 'X-Screening-Fetch': '1' } })
      .then(function (r) {
        if (r.status === 401) { last = null; send({ type: 'signedout' }); } else { setTimeout(open, 2000); }
      })
      .catch(function () { setTimeout(open, 3000); });
  };
}

onconnect = function (e) {
  const port = e.ports[0];
  ports.add(port);
  port.onmessage = function (m) {
    if (m.data && m.data.type === 'bye') { ports.delete(port); }
    if (m.data && m.data.type === 'hello' && !source) { open(); }
  };
  port.start();
  if (last) { port.postMessage(last); }
};
