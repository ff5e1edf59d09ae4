'use strict';

// dns.lookup and dns.lookupService for both flavours: argument checks in Node's order, then
// getaddrinfo / getnameinfo on the worker pool (internalBinding('cares_wrap')).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  validateBoolean,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { isIP, validatePort } = require('internal/net');
const {
  dnsException,
  getDefaultResultOrder,
  orderCode,
  validDnsOrders,
  validFamilies,
  validateHints,
} = require('internal/dns/utils');

let bindingObject;
function binding() {
  if (bindingObject === undefined) bindingObject = internalBinding('cares_wrap');
  return bindingObject;
}

function validateHostname(hostname) {
  if (!hostname) {
    throw new ERR_INVALID_ARG_VALUE('hostname', hostname, 'must be a non-empty string');
  }
  validateString(hostname, 'hostname');
}

// Reads lookup's options (a family number or an object): { family, hints, all, order }.
function lookupOptions(options) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = getDefaultResultOrder();
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else if (options != null) {
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options.family != null) {
      switch (options.family) {
        case 'IPv4':
          family = 4;
          break;
        case 'IPv6':
          family = 6;
          break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', validDnsOrders);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

// Resolves hostname; done(err, entries) with entries [{ address, family }, …] in order.
// An IP literal answers on the next tick without the pool, as in Node.
function getaddrinfo(hostname, opts, done) {
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(done, null, [{ address: hostname, family: literal }]);
    return;
  }
  binding().getaddrinfo(hostname, opts.family, opts.hints, orderCode(opts.order), (errno, list) => {
    if (errno) {
      done(dnsException(errno, 'getaddrinfo', hostname));
      return;
    }
    done(null, list.split(',').map((e) => {
      const i = e.lastIndexOf('/');
      return { address: e.slice(0, i), family: +e.slice(i + 1) };
    }));
  });
}

// lookupService's checks; returns the port as a number.
function lookupServiceArgs(argCount, address, port, promises = false) {
  if (promises && argCount < 2) throw new ERR_MISSING_ARGS('address', 'port');
  if (!promises && argCount < 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return +port;
}

function getnameinfo(address, port, done) {
  binding().getnameinfo(address, port, (errno, hostname, service) => {
    if (errno) done(dnsException(errno, 'getnameinfo', address));
    else done(null, hostname, service);
  });
}

module.exports = {
  getaddrinfo,
  getnameinfo,
  lookupOptions,
  lookupServiceArgs,
  validateHostname,
};
