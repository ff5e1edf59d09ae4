'use strict';
// node:tls: secure contexts from PEM/PKCS#12, a server and clients, ALPN, SNI, certificate
// checks with OpenSSL's codes, checkServerIdentity, getPeerCertificate's shape, client certs.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const dir = path.join(__dirname, '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(dir, f));
const ca = read('ca-cert.pem');
const key = read('server-key.pem');
const cert = read('server-cert.pem');

// ---- contexts and their errors ----
assert.ok(tls.createSecureContext({ key, cert }) instanceof tls.SecureContext);
tls.createSecureContext({ key: read('server-key-pkcs1.pem'), cert });
tls.createSecureContext({ key: read('server-key-encrypted.pem'), passphrase: 'secret', cert });
tls.createSecureContext({ key: [{ pem: read('server-key-encrypted.pem'), passphrase: 'secret' }], cert });
tls.createSecureContext({ pfx: read('server.pfx'), passphrase: 'secret' });
assert.throws(() => tls.createSecureContext({ key: read('server-key-encrypted.pem'), passphrase: 'nope' }),
  { code: 'ERR_OSSL_BAD_DECRYPT', library: 'Provider routines', reason: 'bad decrypt' });
assert.throws(() => tls.createSecureContext({ key: read('client-key.pem'), cert }),
  { code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH', message: /key values mismatch/ });
assert.throws(() => tls.createSecureContext({ cert: 'not a certificate' }),
  { code: 'ERR_OSSL_PEM_NO_START_LINE' });
assert.throws(() => tls.createSecureContext({ key: 'not a key' }), { code: 'ERR_OSSL_UNSUPPORTED' });
assert.throws(() => tls.createSecureContext({ key: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.key" property must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (5)',
});
assert.throws(() => tls.createSecureContext({ ciphers: 'nothing-like-this' }),
  { code: 'ERR_SSL_NO_CIPHER_MATCH', message: /no cipher match/ });
assert.throws(() => tls.createSecureContext({ secureProtocol: 'foo' }),
  { code: 'ERR_TLS_INVALID_PROTOCOL_METHOD', message: 'Unknown method: foo' });
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv1.5' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  message: '"TLSv1.5" is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv1.2', secureProtocol: 'TLSv1_2_method' }),
  { code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT' });
assert.throws(() => tls.createServer({ SNICallback: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.connect({ port: 1, servername: '1.2.3.4' }), { code: 'ERR_INVALID_ARG_VALUE' });

// ---- module surface ----
assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.ok(tls.getCiphers().includes('tls_aes_128_gcm_sha256'));
assert.ok(tls.getCiphers().includes('ecdhe-rsa-aes128-gcm-sha256'));
assert.ok(tls.rootCertificates.length > 10);
assert.ok(Object.isFrozen(tls.rootCertificates));
assert.match(tls.rootCertificates[0], /^-----BEGIN CERTIFICATE-----\n/);

// ---- checkServerIdentity ----
const sanCert = { subject: { CN: 'a.com' }, subjectaltname: 'DNS:*.example.com, IP Address:127.0.0.1' };
assert.strictEqual(tls.checkServerIdentity('x.example.com', sanCert), undefined);
assert.strictEqual(tls.checkServerIdentity('127.0.0.1', sanCert), undefined);
let err = tls.checkServerIdentity('a.com', sanCert);
assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
assert.strictEqual(err.reason, "Host: a.com. is not in the cert's altnames: DNS:*.example.com, IP Address:127.0.0.1");
assert.strictEqual(err.host, 'a.com');
err = tls.checkServerIdentity('10.0.0.1', sanCert);
assert.strictEqual(err.reason, "IP: 10.0.0.1 is not in the cert's list: 127.0.0.1");
assert.strictEqual(tls.checkServerIdentity('b.com', { subject: { CN: 'b.com' } }), undefined);
assert.strictEqual(tls.checkServerIdentity('a.b.example.com', sanCert).code, 'ERR_TLS_CERT_ALTNAME_INVALID');
assert.strictEqual(tls.checkServerIdentity('a.com', {}).reason, 'Cert does not contain a DNS name');

// ---- connections ----
const events = [];
const server = tls.createServer({
  key, cert, ca, ALPNProtocols: ['h2', 'http/1.1'], requestCert: true, rejectUnauthorized: false,
}, (socket) => {
  events.push(`server secure ${socket.alpnProtocol} ${socket.servername} ${socket.authorized}`);
  assert.strictEqual(socket.encrypted, true);
  assert.strictEqual(socket.getCipher().version, socket.getProtocol() === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2');
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.end(`echo:${d}`));
});
const otherKey = read('self-key.pem');
const otherCert = read('self-cert.pem');
server.addContext('self.example.org', { key: otherKey, cert: otherCert });
server.on('tlsClientError', (e) => events.push(`tlsClientError ${e.code}`));

function connect(options) {
  return new Promise((resolve) => {
    const s = tls.connect({ port: server.address().port, host: '127.0.0.1', ...options });
    let data = '';
    s.setEncoding('utf8');
    s.on('secureConnect', () => s.end('ping'));
    s.on('data', (d) => { data += d; });
    s.on('error', (e) => resolve({ socket: s, error: e }));
    s.on('close', () => resolve({ socket: s, data }));
  });
}

server.listen(0, async () => {
  // trusted through ca, name from servername; a client certificate
  let r = await connect({
    ca, servername: 'localhost', ALPNProtocols: ['http/1.1'],
    key: read('client-key.pem'), cert: read('client-cert.pem'),
  });
  assert.ifError(r.error);
  assert.strictEqual(r.data, 'echo:ping');
  assert.strictEqual(r.socket.authorized, true);
  assert.strictEqual(r.socket.alpnProtocol, 'http/1.1');

  // no ca: the chain (completed by the server from its ca) ends in an unknown root
  r = await connect({});
  assert.strictEqual(r.error.code, 'SELF_SIGNED_CERT_IN_CHAIN');
  assert.strictEqual(r.error.message, 'self-signed certificate in certificate chain');

  // rejectUnauthorized: false connects and says why it is not authorized
  r = await new Promise((resolve) => {
    const s = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
      const peer = s.getPeerCertificate();
      assert.strictEqual(peer.subject.CN, 'localhost');
      assert.strictEqual(Object.getPrototypeOf(peer.subject), null);
      assert.strictEqual(peer.issuer.CN, 'jnode test CA');
      assert.strictEqual(peer.subjectaltname, 'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1');
      assert.deepStrictEqual(peer.ext_key_usage, ['1.3.6.1.5.5.7.3.1']);
      assert.strictEqual(peer.bits, 2048);
      assert.strictEqual(peer.exponent, '0x10001');
      assert.match(peer.modulus, /^[0-9A-F]{512}$/);
      assert.match(peer.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      assert.match(peer.valid_from, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
      assert.ok(Buffer.isBuffer(peer.raw));
      assert.strictEqual(peer.ca, false);
      assert.strictEqual(s.authorized, false);
      assert.strictEqual(s.authorizationError, 'SELF_SIGNED_CERT_IN_CHAIN');
      assert.strictEqual(s.alpnProtocol, false);
      assert.match(s.getProtocol(), /^TLSv1\.[23]$/);
      assert.deepStrictEqual(Object.keys(s.getCipher()), ['name', 'standardName', 'version']);
      s.end();
    });
    s.on('close', resolve);
  });

  // a trusted chain but the wrong name
  r = await connect({ ca, servername: 'wrong.test' });
  assert.strictEqual(r.error.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(r.error.reason, "Host: wrong.test. is not in the cert's altnames: " +
    'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1');

  // the detailed chain ends at the CA, which is its own issuer
  r = await new Promise((resolve) => {
    const s = tls.connect({ port: server.address().port, host: '127.0.0.1', ca }, () => {
      const peer = s.getPeerCertificate(true);
      assert.strictEqual(peer.issuerCertificate.subject.CN, 'jnode test CA');
      assert.strictEqual(peer.issuerCertificate.issuerCertificate, peer.issuerCertificate);
      assert.strictEqual(s.authorized, true);
      s.end();
    });
    s.on('close', resolve);
  });

  // SNI picks the other context; that certificate is self-signed
  r = await connect({ servername: 'self.example.org' });
  assert.strictEqual(r.error.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  assert.match(r.error.message, /^self-signed certificate(;|$)/);
  r = await connect({ servername: 'self.example.org', ca: otherCert });
  assert.ifError(r.error);
  assert.strictEqual(r.data, 'echo:ping');

  // no common ALPN protocol: the server refuses the handshake
  r = await connect({ ca, ALPNProtocols: ['spdy/1'] });
  assert.strictEqual(r.error.code, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');

  // plain text to a TLS server
  await new Promise((resolve) => {
    const net = require('net');
    const s = net.connect(server.address().port, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\n\r\n'));
    s.on('error', () => {});
    s.on('close', resolve);
    s.resume();
  });

  server.close(() => {
    assert.ok(events.includes('server secure http/1.1 localhost true'), events.join('\n'));
    assert.ok(events.includes('tlsClientError ERR_SSL_HTTP_REQUEST'), events.join('\n'));
    console.log('ok');
  });
});
