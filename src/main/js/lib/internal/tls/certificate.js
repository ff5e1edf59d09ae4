'use strict';

// Certificates as Node shows them. Java (tls_wrap.x509) reads a DER certificate into flat
// fields; this file builds getPeerCertificate()'s object and crypto.X509Certificate's getters
// from them.

const { Buffer } = require('buffer');

let binding;
function tlsBinding() {
  if (binding === undefined) binding = internalBinding('tls_wrap');
  return binding;
}

function fromJava(bb) {
  if (bb == null) return undefined;
  const ab = new ArrayBuffer(bb);
  return Buffer.from(new Uint8Array(ab).slice());
}

// "key\0value\0key\0value" -> null-prototype object; repeated keys become arrays.
function nameObject(s) {
  const out = { __proto__: null };
  if (!s) return out;
  const parts = s.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const k = parts[i];
    const v = parts[i + 1];
    if (k in out) {
      if (Array.isArray(out[k])) out[k].push(v);
      else out[k] = [out[k], v];
    } else {
      out[k] = v;
    }
  }
  return out;
}

// DER bytes (Buffer/TypedArray) -> the Java field array, or null when not a certificate.
function describe(der) {
  return tlsBinding().x509(der.buffer, der.byteOffset, der.byteLength);
}

// The field array -> Node's legacy certificate object (getPeerCertificate, toLegacyObject).
function legacyObject(f, withUndefined) {
  const o = {};
  const set = (k, v) => {
    if (v !== undefined || withUndefined) o[k] = v;
  };
  o.subject = nameObject(f[0]);
  o.issuer = nameObject(f[1]);
  set('subjectaltname', f[2] == null ? undefined : f[2]);
  if (f[3] != null) {
    const ia = { __proto__: null };
    const parts = f[3].split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
      (ia[parts[i]] ||= []).push(parts[i + 1]);
    }
    o.infoAccess = ia;
  } else {
    set('infoAccess', undefined);
  }
  o.ca = f[4];
  if (f[5] === 'rsa') {
    o.modulus = f[7];
    o.exponent = f[8];
    o.pubkey = fromJava(f[9]);
    o.bits = f[6];
  } else if (f[5] === 'ec') {
    set('modulus', undefined);
    set('exponent', undefined);
    o.pubkey = fromJava(f[9]);
    o.bits = f[6];
  } else {
    set('modulus', undefined);
    set('exponent', undefined);
    o.pubkey = fromJava(f[9]);
    set('bits', undefined);
  }
  o.valid_from = f[10];
  o.valid_to = f[11];
  o.fingerprint = f[12];
  o.fingerprint256 = f[13];
  o.fingerprint512 = f[14];
  set('ext_key_usage', f[15] == null ? undefined : f[15].split(','));
  o.serialNumber = f[16];
  o.raw = fromJava(f[17]);
  if (f[5] === 'ec') {
    if (f[18] != null) o.asn1Curve = f[18];
    if (f[19] != null) o.nistCurve = f[19];
    else set('nistCurve', undefined);
  } else {
    set('asn1Curve', undefined);
    set('nistCurve', undefined);
  }
  return o;
}

// A chain of DER buffers (leaf first) -> the detailed object with issuerCertificate links;
// a self-signed last certificate is its own issuer, as in Node.
function chainObject(ders, detailed) {
  if (!ders || ders.length === 0) return {};
  const objs = [];
  for (let i = 0; i < (detailed ? ders.length : 1); i++) {
    const f = describe(ders[i]);
    if (f == null) break;
    objs.push(legacyObject(f, false));
  }
  if (objs.length === 0) return {};
  if (detailed) {
    for (let i = 0; i < objs.length - 1; i++) objs[i].issuerCertificate = objs[i + 1];
    const last = objs[objs.length - 1];
    const sameName = JSON.stringify(last.subject) === JSON.stringify(last.issuer);
    if (sameName) last.issuerCertificate = last;
  }
  return objs[0];
}

module.exports = { tlsBinding, fromJava, nameObject, describe, legacyObject, chainObject };
