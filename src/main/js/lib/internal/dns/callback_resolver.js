'use strict';

// dns.Resolver: the callback flavour of the DNS client.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { ResolverBase, resolveMap } = require('internal/dns/utils');
const { resolveMethods, runQuery } = require('internal/dns/query');

class Resolver extends ResolverBase {}

function makeResolve(syscall, rrtype) {
  return function query(name, options, callback) {
    if (callback === undefined) {
      callback = options;
      options = {};
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = { bindingName: syscall, hostname: name, ttl: !!(options && options.ttl), callback };
    runQuery(this._handle, syscall, rrtype, name, req.ttl, (err, result) => {
      if (err) callback(err);
      else callback(null, result);
    });
    return req;
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

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let syscall;
  if (typeof rrtype === 'string') {
    syscall = resolveMap[rrtype];
    if (syscall === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
    syscall = 'queryA';
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return makeResolve(syscall, rrtype).call(this, hostname, callback);
};

module.exports = { Resolver };
