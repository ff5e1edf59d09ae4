'use strict';

// node:tls on the JDK's TLS engine (javax.net.ssl through Netty's SslHandler): see _tls_wrap.js
// for the sockets and servers, _tls_common.js for secure contexts.

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_CERT_ALTNAME_FORMAT, ERR_TLS_CERT_ALTNAME_INVALID },
} = require('internal/errors');
const { validateOneOf, validateArray, validateString } = require('internal/validators');
const { tlsBinding } = require('internal/tls/certificate');
const common = require('_tls_common');
const wrap = require('_tls_wrap');

const { DEFAULT_CORE_CIPHERS: DEFAULT_CIPHERS } = require('internal/tls/defaults');

let ciphers;
function getCiphers() {
  if (ciphers === undefined) ciphers = Array.from(tlsBinding().ciphers());
  return ciphers.slice();
}

let roots;
function rootCertificates() {
  if (roots === undefined) roots = Object.freeze(Array.from(tlsBinding().rootCertificates()));
  return roots;
}

let extraCAs = null;
let defaultCAs = null;
const caCache = { __proto__: null };
function getCACertificates(type = 'default') {
  validateString(type, 'type');
  validateOneOf(type, 'type', ['default', 'system', 'bundled', 'extra']);
  if (caCache[type] === undefined) caCache[type] = computeCACertificates(type);
  return caCache[type];
}

function computeCACertificates(type) {
  switch (type) {
    case 'bundled':
      return rootCertificates();
    case 'system':
      return rootCertificates().slice();
    case 'extra':
      if (extraCAs === null) {
        const file = process.env.NODE_EXTRA_CA_CERTS;
        extraCAs = [];
        if (file) {
          try {
            const text = require('fs').readFileSync(file, 'latin1');
            for (const m of text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)) {
              extraCAs.push(m[0]);
            }
          } catch {
            // Node warns and goes on without them
          }
        }
      }
      return extraCAs.slice();
    default:
      if (defaultCAs !== null) return defaultCAs.slice();
      return [...rootCertificates(), ...computeCACertificates('extra')];
  }
}

function setDefaultCACertificates(certs) {
  if (!Array.isArray(certs)) throw new ERR_INVALID_ARG_TYPE('certs', 'Array', certs);
  const texts = [];
  for (let i = 0; i < certs.length; i++) {
    const c = certs[i];
    if (typeof c === 'string') texts.push(c);
    else if (ArrayBuffer.isView(c)) texts.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('latin1'));
    else throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], c);
  }
  // every entry must be PEM certificates; each certificate counts once
  const out = [];
  const seen = new Set();
  for (const text of texts) {
    const ders = tlsBinding().pemCertificates(text);
    if (ders == null || ders.length === 0) {
      if (text.includes('-----BEGIN CERTIFICATE-----')) {
        const e = new Error('error:0488000D:PEM routines::ASN1 lib');
        e.code = 'ERR_OSSL_PEM_ASN1_LIB';
        e.library = 'PEM routines';
        e.reason = 'ASN1 lib';
        throw e;
      }
      continue;
    }
    for (const der of ders) {
      const b = Buffer.from(new Uint8Array(new ArrayBuffer(der)));
      const key = b.toString('base64');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`-----BEGIN CERTIFICATE-----\n${key.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`);
    }
  }
  if (certs.length > 0 && out.length === 0) {
    const { codes: { ERR_CRYPTO_OPERATION_FAILED } } = require('internal/errors');
    throw new ERR_CRYPTO_OPERATION_FAILED('No valid certificates found in the provided array');
  }
  defaultCAs = out;
  caCache.default = undefined;
}

// ---- checkServerIdentity (RFC 6125, as Node applies it) ----

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

// Does the host (already split into labels) match a certificate name, with a '*' allowed in the
// left-most label only when `wildcards`?
function hostMatches(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  if (patternParts.some((label) => /[^\u0021-\u007F]/u.test(label))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostLabel = hostParts[0];
  const patternLabel = patternParts[0];
  const pieces = patternLabel.split('*');
  if (pieces.length === 1 || patternLabel.includes('xn--')) return hostLabel === patternLabel;
  if (!wildcards) return false;
  if (pieces.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  if (prefix.length + suffix.length > hostLabel.length) return false;
  return hostLabel.startsWith(prefix) && hostLabel.endsWith(suffix);
}

// "DNS:a, DNS:\"b, c\"" -> ['DNS:a', 'DNS:b, c'] (Node quotes names that contain separators).
function splitAltNames(altNames) {
  const out = [];
  let current = '';
  let i = 0;
  while (i < altNames.length) {
    const ch = altNames[i];
    if (ch === '"') {
      i++;
      let closed = false;
      while (i < altNames.length) {
        const c = altNames[i];
        if (c === '\\') {
          current += altNames[i + 1] ?? '';
          i += 2;
          continue;
        }
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        current += c;
        i++;
      }
      if (!closed) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      continue;
    }
    if (ch === ',' && altNames[i + 1] === ' ') {
      out.push(current);
      current = '';
      i += 2;
      continue;
    }
    current += ch;
    i++;
  }
  out.push(current);
  return out;
}

function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip.split('.').map((n) => String(Number(n))).join('.');
  if (!net.isIPv6(ip)) return undefined;
  let s = ip.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const p = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + ((p[0] << 8) | p[1]).toString(16) + ':' + ((p[2] << 8) | p[3]).toString(16);
  }
  let groups;
  if (s.includes('::')) {
    const [head, tail] = s.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    groups = [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t];
  } else {
    groups = s.split(':');
  }
  groups = groups.map((g) => parseInt(g, 16).toString(16));
  // the shortest form: the longest run of zero groups becomes '::'
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] === '0') {
      let j = i;
      while (j < 8 && groups[j] === '0') j++;
      if (j - i > bestLen && j - i > 1) {
        best = i;
        bestLen = j - i;
      }
      i = j;
    } else {
      i++;
    }
  }
  if (best < 0) return groups.join(':');
  return groups.slice(0, best).join(':') + '::' + groups.slice(best + bestLen).join(':');
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];

  hostname = '' + hostname;

  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) {
        dnsNames.push(name.slice(4));
      } else if (name.startsWith('IP Address:')) {
        ips.push(canonicalizeIP(name.slice(11)));
      }
    }
  }

  let valid = false;
  let reason = 'Unknown reason';

  hostname = unfqdn(hostname);

  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => hostMatches(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }

  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

// --tls-min-v1.x, --tls-max-v1.x, --tls-cipher-list=…
// As Node: whatever their order, the lowest --tls-min-v1.x given wins (then v1.3), and
// --tls-max-v1.2 wins over --tls-max-v1.3.
function fromCommandLine() {
  let cipherList = DEFAULT_CIPHERS;
  const flags = new Set();
  for (const a of process.execArgv) {
    if (/^--tls-(min|max)-v1\.[0-3]$/.test(a)) flags.add(a);
    else if (a.startsWith('--tls-cipher-list=')) cipherList = a.slice(18);
  }
  let min = 'TLSv1.2';
  if (flags.has('--tls-min-v1.0')) min = 'TLSv1';
  else if (flags.has('--tls-min-v1.1')) min = 'TLSv1.1';
  else if (flags.has('--tls-min-v1.3')) min = 'TLSv1.3';
  let max = 'TLSv1.3';
  if (flags.has('--tls-max-v1.2')) max = 'TLSv1.2';
  return { min, max, cipherList };
}
const cli = fromCommandLine();

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: cli.cipherList,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: cli.min,
  DEFAULT_MAX_VERSION: cli.max,
  getCiphers,
  getCACertificates,
  setDefaultCACertificates,
  convertALPNProtocols: wrap.convertALPNProtocols,
  checkServerIdentity,
  createSecureContext: common.createSecureContext,
  SecureContext: common.SecureContext,
  TLSSocket: wrap.TLSSocket,
  Server: wrap.Server,
  createServer: wrap.createServer,
  connect: wrap.connect,
};

// for crypto.X509Certificate's checks and secure contexts (not part of Node's API)
for (const [name, value] of [['_defaultCAOverride', () => defaultCAs],['_hostMatches', hostMatches], ['_splitAltNames', splitAltNames],
  ['_canonicalizeIP', canonicalizeIP]]) {
  Object.defineProperty(module.exports, name, { value, enumerable: false });
}

Object.defineProperty(module.exports, 'rootCertificates', {
  get: rootCertificates,
  enumerable: true,
  configurable: false,
});
