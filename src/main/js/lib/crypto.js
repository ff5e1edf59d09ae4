'use strict';

// node:crypto — the part jnode has so far: hashes (createHash, hash), HMACs (createHmac), random
// bytes (randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues), timingSafeEqual,
// getHashes. They run on the JDK (internalBinding('crypto')). Everything else — ciphers, keys,
// signatures, key derivation, Diffie-Hellman, webcrypto.subtle — throws ERR_NOT_IMPLEMENTED.
// X509Certificate is internal/crypto/x509.js (the certificate reader node:tls uses).

const { Transform } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateString, validateNumber, validateObject } = require('internal/validators');

let bindingObject;
function binding() {
  if (bindingObject === undefined) bindingObject = internalBinding('crypto');
  return bindingObject;
}

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');
const kMaxRandom = 2 ** 31 - 1;

function fromJava(bb) {
  return Buffer.from(new Uint8Array(new ArrayBuffer(bb)));
}

function toView(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encodeOutput(buf, encoding) {
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

// ---- Hash ----

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let handle;
  if (algorithm instanceof Hash) {
    handle = algorithm[kHandle].copy();
  } else {
    validateString(algorithm, 'algorithm');
    handle = binding().createHash(algorithm);
    if (handle === null) throw new Error('Digest method not supported');
  }
  if (options !== undefined && options !== null && options.outputLength !== undefined) {
    throw new ERR_NOT_IMPLEMENTED('crypto.createHash() with options.outputLength');
  }
  this[kHandle] = handle;
  this[kFinalized] = false;
  Transform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, Transform.prototype);
Object.setPrototypeOf(Hash, Transform);

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const v = toView(data, encoding, 'data');
  this[kHandle].update(v.buffer, v.byteOffset, v.byteLength);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  return encodeOutput(fromJava(this[kHandle].digest()), outputEncoding);
};

// ---- Hmac ----

function keyBytes(key) {
  if (typeof key === 'string') return Buffer.from(key);
  if (ArrayBuffer.isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  if (key instanceof ArrayBuffer) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string',
                                         'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const k = keyBytes(key);
  const handle = binding().createHmac(hmac, k.buffer, k.byteOffset, k.byteLength);
  if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kFinalized] = false;
  Transform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, Transform.prototype);
Object.setPrototypeOf(Hmac, Transform);

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

Hmac.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const v = toView(data, encoding, 'data');
  this[kHandle].update(v.buffer, v.byteOffset, v.byteLength);
  return this;
};

Hmac.prototype.digest = function digest(outputEncoding) {
  // a second digest() gives an empty result, as in Node
  if (this[kFinalized]) return encodeOutput(Buffer.alloc(0), outputEncoding);
  this[kFinalized] = true;
  return encodeOutput(fromJava(this[kHandle].digest()), outputEncoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  return new Hash(algorithm).update(input).digest(outputEncoding);
}

function getHashes() {
  return binding().hashes().split(',');
}

// ---- random ----

function assertSize(size, name = 'size') {
  validateNumber(size, name);
  if (!(size >= 0 && size <= kMaxRandom) || Number.isNaN(size)) {
    throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${kMaxRandom}`, size);
  }
}

function randomBytesBuffer(size) {
  return size === 0 ? Buffer.alloc(0) : fromJava(binding().randomBytes(size));
}

function randomBytes(size, callback) {
  assertSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = randomBytesBuffer(size);
  if (callback === undefined) return buf;
  process.nextTick(callback, null, buf);
}

function randomFillSync(buf, offset = 0, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const view = buf instanceof ArrayBuffer ? new Uint8Array(buf)
    : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  validateNumber(offset, 'offset');
  if (offset < 0 || offset > view.length) throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${view.length}`, offset);
  if (size === undefined) size = view.length - offset;
  validateNumber(size, 'size');
  if (size < 0 || offset + size > view.length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${view.length}`, size + offset);
  }
  if (size > 0) view.set(randomBytesBuffer(size), offset);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  randomFillSync(buf, offset, size);
  process.nextTick(callback, null, buf);
}

function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= 2 ** 48 - 1)) {
    throw new ERR_OUT_OF_RANGE('max - min', `<= ${2 ** 48 - 1}`, range);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  // uniform in [0, range): reject the top part of the 48-bit space that would bias the result
  const limit = 2 ** 48 - (2 ** 48 % range);
  let x;
  do {
    x = randomBytesBuffer(6).readUIntBE(0, 6);
  } while (x >= limit);
  const n = min + (x % range);
  if (callback === undefined) return n;
  process.nextTick(callback, null, n);
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const b = randomBytesBuffer(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function getRandomValues(data) {
  if (!ArrayBuffer.isView(data) || data instanceof Float32Array || data instanceof Float64Array ||
      data instanceof DataView) {
    const { DOMException } = globalThis;
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = globalThis;
    throw new DOMException(`The ArrayBufferView's byte length (${data.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, 'QuotaExceededError');
  }
  randomFillSync(data);
  return data;
}

function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
  }
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
  }
  const x = a instanceof ArrayBuffer ? new Uint8Array(a) : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (x.length !== y.length) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`crypto.${name}`);
  };
}

const webcrypto = {
  getRandomValues,
  randomUUID,
  get subtle() { throw new ERR_NOT_IMPLEMENTED('crypto.subtle'); },
};

// OpenSSL's constants as Node 26 defines them (jnode's TLS reports OpenSSL 3.5's behaviour).
const constants = {
  OPENSSL_VERSION_NUMBER: 810549376,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_SSLV23_PADDING: 2,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
Object.defineProperties(constants, {
  defaultCoreCipherList: {
    get() { return require('internal/tls/defaults').DEFAULT_CORE_CIPHERS; }, enumerable: true,
  },
  defaultCipherList: {
    get() { return require('internal/tls/defaults').cipherListFromCommandLine(); }, enumerable: true,
  },
});

module.exports = {
  createHash,
  createHmac,
  hash,
  getHashes,
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
  timingSafeEqual,
  Hash,
  Hmac,
  webcrypto,
  get subtle() { return webcrypto.subtle; },
  getFips() { return 0; },
  constants,
};

for (const name of ['argon2', 'argon2Sync', 'checkPrime', 'checkPrimeSync', 'createCipheriv',
  'createDecipheriv', 'createDiffieHellman', 'createDiffieHellmanGroup', 'createECDH', 'createMac',
  'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign', 'createVerify',
  'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getCiphers', 'getCipherInfo', 'getCurves',
  'getDiffieHellman', 'getMacs', 'hkdf', 'hkdfSync', 'parsePKCS12', 'pbkdf2', 'pbkdf2Sync',
  'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync', 'privateDecrypt',
  'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'randomUUIDv7', 'scrypt', 'scryptSync', 'sign',
  'setEngine', 'verify', 'setFips', 'secureHeapUsed', 'encapsulate', 'decapsulate', 'Certificate',
  'Cipheriv', 'Decipheriv', 'DiffieHellman', 'DiffieHellmanGroup', 'ECDH', 'KeyObject', 'Sign',
  'Verify']) {
  module.exports[name] = notImplemented(name);
}

Object.defineProperty(module.exports, 'X509Certificate', {
  get() { return require('internal/crypto/x509').X509Certificate; },
  enumerable: true,
  configurable: true,
});
