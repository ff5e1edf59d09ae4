'use strict';
// node:https: a server answering https.get with ca, with rejectUnauthorized: false, keep-alive
// reuse through an Agent, a refused untrusted server, request(url, options, cb), POST bodies.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');

const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const ca = fs.readFileSync(path.join(dir, 'ca-cert.pem'));
const key = fs.readFileSync(path.join(dir, 'server-key.pem'));
const cert = fs.readFileSync(path.join(dir, 'server-cert.pem'));

// an "app" in Express's style: a (req, res) function
function app(req, res) {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(`${req.method} ${req.url} ${req.socket.encrypted} ${req.socket.alpnProtocol} ${body}`);
  });
}

assert.strictEqual(https.globalAgent.defaultPort, 443);
assert.strictEqual(https.globalAgent.protocol, 'https:');
assert.ok(new https.Agent() instanceof require('http').Agent);

const server = https.createServer({ key, cert }, app);
assert.ok(server instanceof require('tls').Server);

function get(url, options) {
  return new Promise((resolve, reject) => {
    https.get(url, options, (res) => {
      const authorized = res.socket.authorized;
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ res, data, authorized, socket: res.socket }));
    }).on('error', reject);
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  const base = `https://localhost:${port}`;

  let r = await get(`${base}/with-ca`, { ca });
  assert.strictEqual(r.res.statusCode, 200);
  assert.strictEqual(r.data, 'GET /with-ca true false ');
  assert.strictEqual(r.authorized, true);

  r = await get(`https://127.0.0.1:${port}/insecure`, { rejectUnauthorized: false });
  assert.strictEqual(r.data, 'GET /insecure true false ');

  // not trusted: the request fails before anything is sent
  await assert.rejects(get(`${base}/untrusted`, {}), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });

  // the name must match
  await assert.rejects(get(`https://127.0.0.1:${port}/`, { ca, servername: 'wrong.test' }),
    { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });

  // keep-alive: the second request reuses the socket
  const agent = new https.Agent({ keepAlive: true, ca });
  const first = await get(`${base}/a`, { agent });
  const second = await get(`${base}/b`, { agent });
  assert.strictEqual(first.data, 'GET /a true false ');
  assert.strictEqual(second.data, 'GET /b true false ');
  assert.strictEqual(first.socket, second.socket);
  agent.destroy();

  // POST with a body through request(options, cb)
  const posted = await new Promise((resolve, reject) => {
    const req = https.request({ host: 'localhost', port, method: 'POST', path: '/post', ca }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.end('payload');
  });
  assert.strictEqual(posted, 'POST /post true false payload');

  https.globalAgent.destroy();
  server.close(() => console.log('ok'));
});
