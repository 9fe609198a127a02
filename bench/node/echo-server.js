// The second, independent WebSocket server of the maxmon benchmarks: the
// `ws` package on Node.js, so that the demo server (maxmon-cli serve) is not
// the only peer the figures depend on. Same contract as `maxmon-cli serve`:
// the first line on stdout is the /echo URL; SIGTERM or SIGINT stops it.
//
//   node echo-server.js [--port 0] [--tls-cert FILE --tls-key FILE]
//
//   /echo                  every text and binary message back, same frame type
//   /events?rate=N&count=N JSON events {"seq","sent_us","data"} at N per
//                          second (1 ms ticks), then a close with 1000;
//                          &size=N pads each event to about N bytes
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');
const { WebSocketServer } = require('ws');

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const port = Number(option('--port', '0'));
const certFile = option('--tls-cert');
const keyFile = option('--tls-key');
const secure = Boolean(certFile && keyFile);
const maxBuffered = 8 * 1024 * 1024; // as the demo server: hold back above this

const server = secure
  ? https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) })
  : http.createServer();
const wss = new WebSocketServer({ server, maxPayload: 64 * 1024 * 1024, perMessageDeflate: false });

// Wall-clock microseconds, as maxmon's Message::nowUs().
function nowUs() {
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}

function echo(ws) {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
}

function events(ws, query) {
  const rate = Math.max(0.01, Number(query.get('rate') || '5'));
  const count = Number(query.get('count') || '0');
  // "pad" makes an event about size bytes long (a 16-digit sent_us, a short seq)
  const size = Number(query.get('size') || '0');
  const pad = 'x'.repeat(Math.max(0, size - 80));
  const start = process.hrtime.bigint();
  let seq = 0;
  let value = 0;
  const timer = setInterval(() => {
    const elapsedNs = Number(process.hrtime.bigint() - start);
    let due = Math.floor((elapsedNs * rate) / 1e9) + 1 - seq;
    while (due-- > 0 && ws.bufferedAmount < maxBuffered) {
      if (count > 0 && seq >= count) {
        clearInterval(timer);
        ws.close(1000, `${count} events sent`);
        return;
      }
      value = Math.round((value + Math.random() - 0.5) * 100) / 100;
      const data = pad ? { value, pad } : { value };
      ws.send(JSON.stringify({ seq, sent_us: nowUs(), data }));
      ++seq;
    }
  }, 1);
  ws.on('close', () => clearInterval(timer));
}

wss.on('connection', (ws, request) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/events') events(ws, url.searchParams);
  else echo(ws);
  ws.on('error', () => ws.terminate());
});

server.listen(port, '127.0.0.1', () => {
  const scheme = secure ? 'wss' : 'ws';
  process.stdout.write(`${scheme}://127.0.0.1:${server.address().port}/echo\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    for (const client of wss.clients) client.terminate();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  });
}
