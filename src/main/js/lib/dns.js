'use strict';

// node:dns — name resolution.
//
// lookup/lookupService use the system resolver (getaddrinfo/getnameinfo on the worker pool, in
// Java). resolve*/reverse and Resolver speak the DNS protocol themselves: a client written in JS
// over udp_wrap (internal/dns/channel.js) that reads its servers from /etc/resolv.conf and
// honours setServers(), as c-ares does for Node.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const {
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
  defaultResolverSetServers,
  defaultResolverTarget,
  errorCodes,
  getDefaultResultOrder,
  setDefaultResultOrder,
} = require('internal/dns/utils');
const { Resolver } = require('internal/dns/callback_resolver');
const {
  getaddrinfo,
  getnameinfo,
  lookupOptions,
  lookupServiceArgs,
  validateHostname,
} = require('internal/dns/lookup');
const { resolveMethods } = require('internal/dns/query');

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  let opts;
  if (typeof options === 'function') {
    callback = options;
    opts = lookupOptions(undefined);
  } else {
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'number') {
      validateFunction(arguments.length === 2 ? options : callback, 'callback');
      throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    }
    validateFunction(callback, 'callback');
    opts = lookupOptions(options);
  }
  validateHostname(hostname);
  getaddrinfo(hostname, opts, (err, entries) => {
    if (err) callback(err);
    else if (opts.all) callback(null, entries);
    else callback(null, entries[0].address, entries[0].family);
  });
  return {};
}
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  get() {
    return require('internal/dns/promises').lookup;
  },
  enumerable: false,
  configurable: true,
});

function lookupService(address, port, callback) {
  port = lookupServiceArgs(arguments.length, address, port);
  validateFunction(callback, 'callback');
  getnameinfo(address, port, (err, hostname, service) => {
    if (err) callback(err);
    else callback(null, hostname, service);
  });
  return {};
}
Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.custom'), {
  get() {
    return require('internal/dns/promises').lookupService;
  },
  enumerable: false,
  configurable: true,
});

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,

  ADDRCONFIG: AI_ADDRCONFIG,
  ALL: AI_ALL,
  V4MAPPED: AI_V4MAPPED,
  ...errorCodes,
};

// dns.resolve*() and friends: Resolver's methods on the shared default channel.
for (const method of ['getServers', 'resolve', ...resolveMethods.map((m) => m[0]).sort(), 'reverse']) {
  const fn = Resolver.prototype[method];
  module.exports[method] = {
    [method](...args) {
      return fn.apply(defaultResolverTarget(), args);
    },
  }[method];
}

Object.defineProperty(module.exports, 'promises', {
  get() {
    return require('internal/dns/promises');
  },
  enumerable: true,
  configurable: true,
});
