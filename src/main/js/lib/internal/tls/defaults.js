'use strict';

// Node 26's default cipher list (OpenSSL names), shared by tls.DEFAULT_CIPHERS and
// crypto.constants.defaultCoreCipherList; --tls-cipher-list replaces it.

const DEFAULT_CORE_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

function cipherListFromCommandLine() {
  let list = DEFAULT_CORE_CIPHERS;
  for (const a of process.execArgv) {
    if (a.startsWith('--tls-cipher-list=')) list = a.slice(18);
  }
  return list;
}

module.exports = { DEFAULT_CORE_CIPHERS, cipherListFromCommandLine };
