'use strict';
// node:tls option handling and less common socket set-ups: cipher-list spelling, @SECLEVEL,
// sessionTimeout and ticket-key checks, allowPartialTrustChain, a client TLSSocket made with
// `new` and connect(), a pauseOnConnect server, a rejected 'secureConnection' listener
// (captureRejections), and net's `hints` handed to a caller's lookup function.
const assert = require('assert');
const events = require('events');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');

const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(dir, f));
const ca = read('ca-cert.pem');
const key = read('server-key.pem');
const cert = read('server-cert.pem');

// ---- cipher lists: OpenSSL's names and keywords are case-sensitive ----
for (const ciphers of ['ecdhe-rsa-aes128-gcm-sha256', 'high', 'FOOBARBAZ', 'TLS_not_a_cipher']) {
  assert.throws(() => tls.createSecureContext({ ciphers }),
    { code: 'ERR_SSL_NO_CIPHER_MATCH', message: 'error:0A0000B9:SSL routines::no cipher match' });
}
tls.createSecureContext({ ciphers: 'HIGH' });
tls.createSecureContext({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' });
tls.createSecureContext({ ciphers: 'TLS_AES_128_GCM_SHA256' });
assert.throws(() => tls.createSecureContext({ ciphers: ':' }),
  { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.ciphers' is invalid. Received [ '', '' ]" });

// @SECLEVEL=n bounds our own key (2048-bit RSA: level 2 is fine, level 3 wants 3072 bits)
tls.createSecureContext({ key, cert, ciphers: 'DEFAULT@SECLEVEL=2' });
assert.throws(() => tls.createSecureContext({ key, cert, ciphers: 'DEFAULT:@SECLEVEL=3' }),
  { code: 'ERR_SSL_EE_KEY_TOO_SMALL', message: 'error:0A00018F:SSL routines::ee key too small' });

// ---- sessionTimeout and ticket keys ----
for (const sessionTimeout of [-1, -(2 ** 31)]) {
  assert.throws(() => tls.createServer({ key, cert, sessionTimeout }), {
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "options.sessionTimeout" is out of range. It must be >= 0 && <= ${2 ** 31 - 1}. ` +
      `Received ${sessionTimeout}`,
  });
}
{
  const server = new tls.Server();
  for (const keys of [null, undefined, 1, 'x', {}, []]) {
    assert.throws(() => server.setTicketKeys(keys), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => server.setTicketKeys(Buffer.alloc(1)), /Session ticket keys must be a 48-byte buffer/);
}

function serve(options, onSecure) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key, cert, ...options }, onSecure);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  // ---- allowPartialTrustChain: the server's own (not self-signed) certificate as the only CA ----
  {
    const server = await serve({}, (s) => s.end());
    const port = server.address().port;
    const partial = tls.connect({ port, host: '127.0.0.1', ca: cert, allowPartialTrustChain: true,
                                  checkServerIdentity() {} });
    await events.once(partial, 'secureConnect');
    assert.strictEqual(partial.authorized, true);
    partial.destroy();

    const full = tls.connect({ port, host: '127.0.0.1', ca: cert, checkServerIdentity() {} });
    const [err] = await events.once(full, 'error');
    assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    server.close();
  }

  // ---- new TLSSocket(null, options).connect(): TLS starts with the connection, no certificate
  // check of its own ('secure', not 'secureConnect'), the write goes out after the handshake ----
  {
    let received = '';
    const server = await serve({}, (s) => {
      s.setEncoding('utf8');
      s.on('data', (d) => { received += d; });
      s.on('end', () => s.end());
    });
    const socket = new tls.TLSSocket(null, {});
    let secureConnect = false;
    socket.on('secureConnect', () => { secureConnect = true; });
    socket.connect(server.address().port, '127.0.0.1');
    socket.on('connect', () => socket.end('hello'));
    await events.once(socket, 'secure');
    assert.strictEqual(socket.authorized, false);
    assert.strictEqual(socket.authorizationError, null);
    await events.once(socket, 'close');
    assert.strictEqual(received, 'hello');
    assert.strictEqual(secureConnect, false);
    server.close();
  }

  // ---- a client TLSSocket never connected does not read (no ENOTCONN); its signal destroys it ----
  {
    const ac = new AbortController();
    const socket = new tls.TLSSocket(undefined, { signal: ac.signal });
    const errors = [];
    socket.on('error', (e) => errors.push(e.name));
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(socket.destroyed, false);
    const closed = new Promise((resolve) => socket.on('close', resolve));
    ac.abort();
    await closed;
    assert.deepStrictEqual(errors, ['AbortError']);
  }

  // ---- pauseOnConnect: the handshake happens, the socket arrives paused ----
  {
    let paused;
    const server = await serve({ pauseOnConnect: true }, (s) => {
      paused = s.isPaused();
      s.end();
    });
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca });
    client.resume();
    await events.once(client, 'secureConnect');
    await events.once(client, 'close');
    assert.strictEqual(paused, true);
    server.close();
  }

  // ---- captureRejections: a rejected 'secureConnection' listener destroys that socket ----
  {
    const kaboom = new Error('kaboom');
    events.captureRejections = true;
    const server = tls.createServer({ key, cert }, async (s) => {
      s.on('error', (err) => { assert.strictEqual(err, kaboom); serverError = true; });
      throw kaboom;
    });
    let serverError = false;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca });
    client.on('error', () => {});
    await events.once(client, 'close');
    assert.strictEqual(serverError, true);
    events.captureRejections = false;
    server.close();
  }

  // ---- net: hints are dns.lookup's to check; a caller's lookup gets them as given ----
  {
    const seen = [];
    const lookup = (host, options, cb) => { seen.push(options); cb(new Error('no')); };
    net.connect({ port: 42, hints: 512, lookup }).on('error', () => {});
    net.connect({ port: 42, family: 4, lookup }).on('error', () => {});
    net.connect({ port: 42, lookup }).on('error', () => {});
    assert.throws(() => net.connect({ port: 42, hints: 512 }), { code: 'ERR_INVALID_ARG_VALUE' });
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(seen, [
      { family: undefined, hints: 512, all: true },
      { family: 4, hints: 0 },
      { family: undefined, hints: 32, all: true },
    ]);
  }
}

main().then(() => console.log('ok'));
