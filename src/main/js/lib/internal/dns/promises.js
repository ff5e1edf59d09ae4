'use strict';

// dns.promises (also node:dns/promises): the same lookups and Resolver, returning promises.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  ResolverBase,
  defaultResolverSetServers,
  defaultResolverTarget,
  errorCodes,
  getDefaultResultOrder,
  resolveMap,
  setDefaultResultOrder,
} = require('internal/dns/utils');
const {
  getaddrinfo,
  getnameinfo,
  lookupOptions,
  lookupServiceArgs,
  validateHostname,
} = require('internal/dns/lookup');
const { resolveMethods, runQuery } = require('internal/dns/query');

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const opts = lookupOptions(options);
  return new Promise((resolve, reject) => {
    validateHostname(hostname); // a falsy hostname rejects here, as in Node
    getaddrinfo(hostname, opts, (err, entries) => {
      if (err) reject(err);
      else if (opts.all) resolve(entries);
      else resolve(entries[0]);
    });
  });
}

function lookupService(address, port) {
  port = lookupServiceArgs(arguments.length, address, port, true);
  return new Promise((resolve, reject) => {
    getnameinfo(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

class Resolver extends ResolverBase {}

function makeResolve(syscall, rrtype) {
  return function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      runQuery(this._handle, syscall, rrtype, name, ttl, (err, result) => {
        if (err) reject(err);
        else resolve(result);
      });
    });
  };
}

for (const [method, syscall, rrtype] of resolveMethods) {
  Object.defineProperty(Resolver.prototype, method, {
    value: makeResolve(syscall, rrtype), writable: true, configurable: true, enumerable: false,
  });
}
Object.defineProperty(Resolver.prototype, 'reverse', {
  value: makeResolve('getHostByAddr', 'PTR'), writable: true, configurable: true, enumerable: false,
});

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let syscall;
  if (rrtype === undefined) {
    rrtype = 'A';
    syscall = 'queryA';
  } else if (typeof rrtype === 'string') {
    syscall = resolveMap[rrtype];
    if (syscall === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return makeResolve(syscall, rrtype).call(this, hostname);
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...errorCodes,
};

for (const method of ['getServers', 'resolve', ...resolveMethods.map((m) => m[0]).sort(), 'reverse']) {
  const fn = Resolver.prototype[method];
  module.exports[method] = {
    [method](...args) {
      return fn.apply(defaultResolverTarget(), args);
    },
  }[method];
}
