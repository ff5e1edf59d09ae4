'use strict';

// tls.SecureContext and tls.createSecureContext: the options are checked here as Node checks
// them, then handed to the Java context (binding/tls/SecureContextHandle) one setter at a time.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_TLS_INVALID_PROTOCOL_METHOD,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateString, validateInt32, validateNumber } = require('internal/validators');
const { tlsBinding, chainObject } = require('internal/tls/certificate');

const kProtocols = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// OpenSSL's numeric error codes for the reasons jnode reports (the message shows them).
const kReasonCodes = {
  'no cipher match': '0A0000B9',
  'ee key too small': '0A00018F',
  'wrong version number': '0A00010B',
  'http request': '0A00009C',
  'no shared cipher': '0A0000C1',
  'unsupported protocol': '0A000102',
  'no protocols available': '0A0000BF',
  'peer did not return a certificate': '0A0000C7',
  'no application protocol': '0A0000EB',
  'decryption failed or bad record mac': '0A000119',
  'no start line': '0480006C',
  'unsupported': '1E08010C',
  'key values mismatch': '05800074',
  'bad decrypt': '1C800064',
};
const kAlerts = {
  'unexpected message': 10, 'bad record mac': 20, 'decompression failure': 30, 'handshake failure': 40,
  'no certificate': 41, 'bad certificate': 42, 'unsupported certificate': 43, 'certificate revoked': 44,
  'certificate expired': 45, 'certificate unknown': 46, 'illegal parameter': 47, 'unknown ca': 48,
  'access denied': 49, 'decode error': 50, 'decrypt error': 51, 'protocol version': 70,
  'insufficient security': 71, 'internal error': 80, 'user cancelled': 90, 'no renegotiation': 100,
  'missing extension': 109, 'unsupported extension': 110, 'unrecognized name': 112,
  'certificate required': 116, 'no application protocol': 120,
};

// [code, library, reason] from Java -> Node's Error for an OpenSSL failure.
function opensslError(arr) {
  const code = arr[0];
  const library = arr[1];
  const reason = arr[2];
  if (library == null) {
    const e = new Error(reason);
    if (code != null && code !== 'ERR_CRYPTO_OPERATION_FAILED') e.code = code;
    return e;
  }
  let num = kReasonCodes[reason];
  const m = /^(?:ssl\/tls|tlsv1|tlsv13) (?:alert )?(.*)$/.exec(reason);
  if (num === undefined && m && kAlerts[m[1]] !== undefined) {
    num = '0A' + (1000 + kAlerts[m[1]]).toString(16).toUpperCase().padStart(6, '0');
  }
  const e = new Error(num ? `error:${num}:${library}::${reason}` : `${library}::${reason}`);
  e.library = library;
  e.reason = reason;
  e.code = code;
  return e;
}

function check(result) {
  if (result != null) throw opensslError(result);
}

function toPem(value) {
  return typeof value === 'string' ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
}

function isBufferLike(v) {
  return ArrayBuffer.isView(v);
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isBufferLike(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function forEachValue(name, value, fn) {
  if (Array.isArray(value)) {
    for (const v of value) fn(v);
  } else {
    fn(value);
  }
}

function protocolRange(secureProtocol, min, max) {
  const m = /^(TLS|TLSv1|TLSv1_1|TLSv1_2|TLSv1_3|SSLv23|SSLv3|SSLv2)_(server_|client_)?method$/.exec(secureProtocol);
  if (!m) throw new ERR_TLS_INVALID_PROTOCOL_METHOD(`Unknown method: ${secureProtocol}`);
  switch (m[1]) {
    case 'SSLv2': throw new ERR_TLS_INVALID_PROTOCOL_METHOD('SSLv2 methods disabled');
    case 'SSLv3': throw new ERR_TLS_INVALID_PROTOCOL_METHOD('SSLv3 methods disabled');
    case 'TLSv1': return ['TLSv1', 'TLSv1'];
    case 'TLSv1_1': return ['TLSv1.1', 'TLSv1.1'];
    case 'TLSv1_2': return ['TLSv1.2', 'TLSv1.2'];
    case 'TLSv1_3': return ['TLSv1.3', 'TLSv1.3'];
    case 'SSLv23': return [min, 'TLSv1.2']; // as Node: the default minimum, no TLS 1.3
    default: return ['TLSv1', 'TLSv1.3']; // TLS_method: any version
  }
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  const tls = require('tls');
  if (minVersion === undefined) minVersion = tls.DEFAULT_MIN_VERSION;
  if (maxVersion === undefined) maxVersion = tls.DEFAULT_MAX_VERSION;
  if (secureProtocol) {
    validateString(secureProtocol, 'secureProtocol');
    const range = protocolRange(secureProtocol, minVersion, maxVersion);
    minVersion = range[0];
    maxVersion = range[1];
  } else {
    if (!kProtocols.includes(minVersion)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(minVersion, 'minimum');
    if (!kProtocols.includes(maxVersion)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(maxVersion, 'maximum');
  }
  this.context = tlsBinding().createSecureContext();
  this.context.setProtocols(minVersion, maxVersion);
  if (secureOptions) {
    validateInt32(secureOptions, 'secureOptions');
    this.context.setServerCipherOrder((secureOptions & 0x400000) !== 0);
  }
}

function createSecureContext(options) {
  if (!options) options = {};
  const {
    honorCipherOrder, minVersion, maxVersion, secureProtocol,
  } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) secureOptions |= 0x400000; // SSL_OP_CIPHER_SERVER_PREFERENCE
  if (secureProtocol && minVersion !== undefined) {
    throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
  }
  if (secureProtocol && maxVersion !== undefined) {
    throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
  }
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configureSecureContext(c.context, options);
  return c;
}

function configureSecureContext(ctx, options) {
  const {
    ca, cert, ciphers, ecdhCurve, key, passphrase, pfx, sessionTimeout, ticketKeys, crl, sigalgs,
    privateKeyIdentifier, privateKeyEngine, clientCertEngine, dhparam, sessionIdContext,
  } = options;

  if (passphrase !== undefined && passphrase !== null) validateString(passphrase, 'options.passphrase');

  // OpenSSL's security level (@SECLEVEL=n in the cipher list) limits our own key's size; Node
  // sets the ciphers before the certificates, so the level applies to them
  const cipherString = typeof ciphers === 'string' && ciphers ? ciphers : require('tls').DEFAULT_CIPHERS;
  {
    const levels = [...cipherString.matchAll(/@SECLEVEL=(\d+)/g)];
    if (levels.length > 0) ctx.setSecurityLevel(Number(levels[levels.length - 1][1]));
  }

  if (ca) {
    forEachValue('ca', ca, (v) => {
      validateKeyOrCertOption('ca', v);
      check(ctx.addCACert(toPem(v)));
    });
  } else {
    // the default CAs: the roots, or what tls.setDefaultCACertificates() set
    const override = require('tls')._defaultCAOverride();
    if (override) {
      for (const pem of override) check(ctx.addCACert(pem));
      if (override.length === 0) ctx.trustNone();
    } else {
      ctx.addRootCerts();
    }
  }

  if (cert) {
    forEachValue('cert', cert, (v) => {
      validateKeyOrCertOption('cert', v);
      check(ctx.setCert(toPem(v)));
    });
  }

  if (key) {
    if (!Array.isArray(key)) validateKeyOrCertOption('key', key);
    forEachValue('key', key, (v) => {
      let pem = v;
      let pass = passphrase;
      if (v !== null && typeof v === 'object' && !isBufferLike(v)) {
        pem = v.pem;
        pass = v.passphrase !== undefined ? v.passphrase : passphrase;
        if (pass !== undefined && pass !== null) validateString(pass, 'options.passphrase');
      }
      validateKeyOrCertOption('key', pem);
      check(ctx.setKey(toPem(pem), pass == null ? null : pass));
    });
  }

  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
  }

  if (typeof privateKeyIdentifier === 'string' && typeof privateKeyEngine === 'string') {
    throw new ERR_NOT_IMPLEMENTED('OpenSSL engines (privateKeyEngine)');
  }
  if (privateKeyIdentifier != null || privateKeyEngine != null) {
    if (privateKeyEngine != null) validateString(privateKeyEngine, 'options.privateKeyEngine');
    if (privateKeyIdentifier != null) validateString(privateKeyIdentifier, 'options.privateKeyIdentifier');
  }
  if (clientCertEngine != null) {
    validateString(clientCertEngine, 'options.clientCertEngine');
    throw new ERR_NOT_IMPLEMENTED('OpenSSL engines (clientCertEngine)');
  }

  if (ciphers !== undefined && ciphers !== null) {
    validateString(ciphers, 'options.ciphers');
    // as Node: the list splits into TLS 1.3 suites and the rest; both empty (':') is refused
    const parts = ciphers.split(':').filter((c) => c !== '');
    if (ciphers !== '' && parts.length === 0) {
      throw new ERR_INVALID_ARG_VALUE('options.ciphers', [
        parts.filter((c) => !c.startsWith('TLS_')).join(':'),
        parts.filter((c) => c.startsWith('TLS_')).join(':'),
      ]);
    }
  }
  const cipherList = ciphers || require('tls').DEFAULT_CIPHERS;
  check(ctx.setCiphers(cipherList));

  if (ecdhCurve !== undefined && ecdhCurve !== null) {
    validateString(ecdhCurve, 'options.ecdhCurve');
    check(ctx.setECDHCurve(ecdhCurve));
  }

  if (dhparam !== undefined && dhparam !== null) {
    validateKeyOrCertOption('dhparam', dhparam);
    // the JDK chooses finite-field groups itself (RFC 7919): a custom group cannot be set
    const { emitWarning } = process;
    emitWarning('jnode ignores options.dhparam: the JDK uses its own DHE groups', 'Warning');
  }

  if (options.allowPartialTrustChain) ctx.setPartialTrustChain(true);

  if (crl) throw new ERR_NOT_IMPLEMENTED('options.crl (certificate revocation lists)');

  if (sessionIdContext != null) validateString(sessionIdContext, 'options.sessionIdContext');

  if (pfx !== undefined && pfx !== null) {
    forEachValue('pfx', pfx, (v) => {
      let buf = v;
      let pass = passphrase;
      if (v !== null && typeof v === 'object' && !isBufferLike(v)) {
        buf = v.buf;
        if (v.passphrase !== undefined) pass = v.passphrase;
      }
      if (typeof buf === 'string') buf = Buffer.from(buf);
      if (!isBufferLike(buf)) {
        throw new ERR_INVALID_ARG_TYPE('options.pfx', ['string', 'Buffer', 'TypedArray', 'DataView'], buf);
      }
      check(ctx.loadPKCS12(buf.buffer, buf.byteOffset, buf.byteLength, pass == null ? null : String(pass)));
    });
  }

  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!Buffer.isBuffer(ticketKeys) && !isBufferLike(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    throw new ERR_NOT_IMPLEMENTED('options.ticketKeys (the JDK keeps its own ticket keys)');
  }

  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, 'options.sessionTimeout', 0);
    ctx.setSessionTimeout(sessionTimeout);
  }
}

function translatePeerCertificate(ders, detailed) {
  return chainObject(ders, detailed);
}

module.exports = {
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
  opensslError,
};
