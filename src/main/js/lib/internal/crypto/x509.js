'use strict';

// crypto.X509Certificate, from the same certificate reader as tls's getPeerCertificate
// (internal/tls/certificate.js over tls_wrap.x509).

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { tlsBinding, describe, legacyObject } = require('internal/tls/certificate');
const { opensslError } = require('_tls_common');

const kFields = Symbol('fields');
const kRaw = Symbol('raw');
const kIssuer = Symbol('issuer');

const kSigAlgs = {
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.3.101.112': 'ED25519',
  '1.3.101.113': 'ED448',
};

function toDer(buffer) {
  if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const bytes = typeof buffer === 'string' ? Buffer.from(buffer) :
    Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN')) {
    const ders = tlsBinding().pemCertificates(text);
    if (ders == null || ders.length === 0) {
      throw opensslError(['ERR_OSSL_PEM_NO_START_LINE', 'PEM routines', 'no start line']);
    }
    return Buffer.from(new Uint8Array(new ArrayBuffer(ders[0])).slice());
  }
  if (bytes.length > 0 && bytes[0] === 0x30) return Buffer.from(bytes);
  throw opensslError(['ERR_OSSL_PEM_NO_START_LINE', 'PEM routines', 'no start line']);
}

function dnsNames(f, prefix) {
  if (!f[2]) return [];
  const { _splitAltNames } = require('tls');
  return _splitAltNames(f[2]).filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));
}

class X509Certificate {
  constructor(buffer) {
    const der = toDer(buffer);
    const f = describe(der);
    if (f == null) throw opensslError(['ERR_OSSL_ASN1_HEADER_TOO_LONG', 'asn1 encoding routines', 'header too long']);
    this[kFields] = f;
    this[kRaw] = der;
  }

  get subject() { return this[kFields][22]; }
  get issuer() { return this[kFields][23]; }
  get subjectAltName() { return this[kFields][2] ?? undefined; }
  get issuerCertificate() { return this[kIssuer]; }
  get infoAccess() {
    const ia = this[kFields][3];
    if (ia == null) return undefined;
    const parts = ia.split('\0');
    const lines = [];
    for (let i = 0; i + 1 < parts.length; i += 2) lines.push(`${parts[i]}:${parts[i + 1]}`);
    return lines.join('\n');
  }
  get validFrom() { return this[kFields][10]; }
  get validTo() { return this[kFields][11]; }
  get validFromDate() { return new Date(this[kFields][20]); }
  get validToDate() { return new Date(this[kFields][21]); }
  get fingerprint() { return this[kFields][12]; }
  get fingerprint256() { return this[kFields][13]; }
  get fingerprint512() { return this[kFields][14]; }
  get keyUsage() {
    const eku = this[kFields][15];
    return eku == null ? undefined : eku.split(',');
  }
  get serialNumber() { return this[kFields][16]; }
  get signatureAlgorithm() { return kSigAlgs[this[kFields][24]]; }
  get signatureAlgorithmOid() { return this[kFields][24]; }
  get raw() { return Buffer.from(this[kRaw]); }
  get publicKey() { throw new ERR_NOT_IMPLEMENTED('x509.publicKey (crypto.KeyObject)'); }
  get ca() { return this[kFields][4]; }

  toString() {
    const b64 = this[kRaw].toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
    return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
  }

  toJSON() { return this.toString(); }

  toLegacyObject() { return legacyObject(this[kFields], true); }

  checkHost(name, options) {
    validateString(name, 'name');
    if (options !== undefined) validateObject(options, 'options');
    const subjectOpt = options?.subject ?? 'default';
    const names = dnsNames(this[kFields], 'DNS:');
    const { _hostMatches } = require('tls');
    const host = name.toLowerCase().replace(/\.$/, '').split('.');
    const wildcards = options?.wildcards !== false;
    for (const n of names) if (_hostMatches(host, n, wildcards)) return n;
    if (subjectOpt === 'always' || (subjectOpt === 'default' && names.length === 0)) {
      const cn = this.toLegacyObject().subject.CN;
      for (const c of Array.isArray(cn) ? cn : cn ? [cn] : []) {
        if (_hostMatches(host, c, wildcards)) return c;
      }
    }
    return undefined;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    if (options !== undefined) validateObject(options, 'options');
    const names = dnsNames(this[kFields], 'email:');
    const lower = email.toLowerCase();
    for (const n of names) if (n.toLowerCase() === lower) return n;
    const subjectOpt = options?.subject ?? 'default';
    if (subjectOpt === 'always' || (subjectOpt === 'default' && names.length === 0)) {
      const e = this.toLegacyObject().subject.emailAddress;
      for (const c of Array.isArray(e) ? e : e ? [e] : []) if (c.toLowerCase() === lower) return c;
    }
    return undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const net = require('net');
    if (!net.isIP(ip)) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('ip', ip);
    }
    const { _canonicalizeIP } = require('tls');
    const want = _canonicalizeIP(ip);
    for (const n of dnsNames(this[kFields], 'IP Address:')) if (_canonicalizeIP(n) === want) return ip;
    return undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return tlsBinding().checkIssued(this[kRaw], otherCert[kRaw]);
  }

  checkPrivateKey() { throw new ERR_NOT_IMPLEMENTED('x509.checkPrivateKey() (crypto.KeyObject)'); }

  verify() { throw new ERR_NOT_IMPLEMENTED('x509.verify() (crypto.KeyObject)'); }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const o = {
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      validFromDate: this.validFromDate,
      validToDate: this.validToDate,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    };
    return `X509Certificate ${inspect(o, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function isX509Certificate(value) {
  return value instanceof X509Certificate;
}

module.exports = { X509Certificate, isX509Certificate, kIssuer };
