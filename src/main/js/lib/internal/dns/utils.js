'use strict';

// What the callback and promise flavours of node:dns share: argument checks, the default
// result order, server list handling on a Resolver, the error codes and Node's DNS errors.

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
  },
  uvErrName,
} = require('internal/errors');
const {
  validateArray,
  validateInt32,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { isIP } = require('internal/net');
const { Channel } = require('internal/dns/channel');

const IANA_DNS_PORT = 53;

// getaddrinfo hints (Linux values).
const AI_V4MAPPED = 8;
const AI_ALL = 16;
const AI_ADDRCONFIG = 32;

const DNS_ORDER_VERBATIM = 0;
const DNS_ORDER_IPV4_FIRST = 1;
const DNS_ORDER_IPV6_FIRST = 2;

const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const validFamilies = [0, 4, 6];

let dnsOrder;
function getDefaultResultOrder() {
  if (dnsOrder === undefined) {
    dnsOrder = 'verbatim';
    for (const a of process.execArgv) {
      if (a.startsWith('--dns-result-order=')) dnsOrder = a.slice('--dns-result-order='.length);
    }
  }
  return dnsOrder;
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validDnsOrders);
  dnsOrder = value;
}

function orderCode(order) {
  if (order === 'ipv4first') return DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return DNS_ORDER_IPV6_FIRST;
  return DNS_ORDER_VERBATIM;
}

function validateHints(hints) {
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// Node's DNS error: `queryA ENOTFOUND example.org`, code, syscall and hostname; errno is the
// number for getaddrinfo/getnameinfo failures and undefined for c-ares' string codes.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === -3008 || code === -3007 || code === -3006) code = 'ENOTFOUND';
    else if (code === -3001) code = 'EAI_AGAIN';
    else if (code === -3002) code = 'EAI_BADFLAGS';
    else if (code === -3005) code = 'EAI_FAIL';
    else if (code === -3004) code = 'EAI_FAMILY';
    else code = uvErrName(code);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

function validateTimeout(options) {
  const timeout = options?.timeout;
  if (timeout === undefined) return -1;
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const tries = options?.tries;
  if (tries === undefined) return 4;
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

function validateMaxTimeout(options) {
  const maxTimeout = options?.maxTimeout;
  if (maxTimeout === undefined) return 0;
  validateInt32(maxTimeout, 'options.maxTimeout', 0);
  return maxTimeout;
}

// The methods Resolver (callback) and promises.Resolver share.
class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    const maxTimeout = validateMaxTimeout(options);
    this._handle = new Channel(timeout, tries, maxTimeout);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map((val) => {
      if (!val[1] || val[1] === IANA_DNS_PORT) return val[0];
      const host = isIP(val[0]) === 6 ? `[${val[0]}]` : val[0];
      return `${host}:${val[1]}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let family = isIP(serv);
      if (family !== 0) {
        list.push([family, serv, IANA_DNS_PORT]);
        return;
      }
      const bracketed = /^\[([^[\]]*)\](?::(\d+))?$/.exec(serv);
      if (bracketed) {
        family = isIP(bracketed[1]);
        if (family !== 0) {
          list.push([family, bracketed[1], parseInt(bracketed[2], 10) || IANA_DNS_PORT]);
          return;
        }
      }
      const withPort = /^(.+?)(?::(\d+))?$/.exec(serv);
      if (withPort) {
        family = isIP(withPort[1]);
        if (family !== 0) {
          list.push([family, withPort[1], parseInt(withPort[2], 10) || IANA_DNS_PORT]);
          return;
        }
      }
      throw new ERR_INVALID_IP_ADDRESS(serv);
    });
    const failure = this._handle.setServers(list);
    if (failure !== 0) throw new ERR_DNS_SET_SERVERS_FAILED(failure, servers);
  }
}

// Node throws ERR_INVALID_ARG_VALUE with only a message ("Invalid IP address.") here.
ResolverBase.prototype.setLocalAddress = function setLocalAddress(ipv4, ipv6) {
  validateString(ipv4, 'ipv4');
  if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
  const failure = this._handle.setLocalAddress(ipv4, ipv6);
  if (failure !== 0) {
    const err = new TypeError(failure);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
};

// The default resolver's channel, shared by dns and dns.promises (as in Node).
let defaultHandle;
function defaultResolverTarget() {
  if (defaultHandle === undefined) defaultHandle = new ResolverBase()._handle;
  return { _handle: defaultHandle };
}

// dns.setServers: a fresh channel, so queries still running on the old one do not stop it.
function defaultResolverSetServers(servers) {
  const resolver = new ResolverBase();
  resolver.setServers(servers);
  defaultHandle = resolver._handle;
}

// The rrtype names resolve() accepts, with the binding method (and syscall) of each.
const resolveMap = {
  __proto__: null,
  A: 'queryA',
  AAAA: 'queryAaaa',
  ANY: 'queryAny',
  CAA: 'queryCaa',
  CNAME: 'queryCname',
  MX: 'queryMx',
  NAPTR: 'queryNaptr',
  NS: 'queryNs',
  PTR: 'queryPtr',
  SOA: 'querySoa',
  SRV: 'querySrv',
  TLSA: 'queryTlsa',
  TXT: 'queryTxt',
};

const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
  ResolverBase,
  defaultResolverSetServers,
  defaultResolverTarget,
  dnsException,
  errorCodes,
  getDefaultResultOrder,
  orderCode,
  resolveMap,
  setDefaultResultOrder,
  validDnsOrders,
  validFamilies,
  validateHints,
};
