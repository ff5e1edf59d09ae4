'use strict';

// IP address checks (net.isIP and friends), port validation and the small helpers node:net,
// dns and http share.

const {
  codes: {
    ERR_INVALID_ADDRESS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
  },
} = require('internal/errors');

// One dotted-quad part: 0-255, no leading zeros ("01" is not a part).
function isV4Part(s, start, end) {
  const len = end - start;
  if (len < 1 || len > 3) return false;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    n = n * 10 + (c - 48);
  }
  if (len > 1 && s.charCodeAt(start) === 48) return false;
  return n <= 255;
}

function isV4Range(s, start, end) {
  let partStart = start;
  let parts = 0;
  for (let i = start; i <= end; i++) {
    if (i === end || s.charCodeAt(i) === 46 /* . */) {
      if (!isV4Part(s, partStart, i)) return false;
      parts++;
      partStart = i + 1;
    }
  }
  return parts === 4;
}

function isIPv4(s) {
  s = `${s}`;
  return isV4Range(s, 0, s.length);
}

function isHexDigit(c) {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isZoneChar(c) {
  // [0-9a-zA-Z-.:]
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

function isIPv6(s) {
  s = `${s}`;
  let end = s.length;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (pct === end - 1) return false;
    for (let i = pct + 1; i < end; i++) if (!isZoneChar(s.charCodeAt(i))) return false;
    end = pct;
  }
  if (end < 2) return false;
  // Walk the groups; "::" may appear once and stands for at least one zero group.
  let groups = 0;
  let compressed = false;
  let i = 0;
  if (s.charCodeAt(0) === 58 /* : */) {
    if (s.charCodeAt(1) !== 58) return false;
    compressed = true;
    i = 2;
    if (i === end) return true; // "::"
  }
  while (i < end) {
    // one group: hex digits, or the dotted IPv4 tail
    let j = i;
    while (j < end && isHexDigit(s.charCodeAt(j))) j++;
    if (j < end && s.charCodeAt(j) === 46 /* . */) {
      // IPv4 tail: must run to the end
      if (!isV4Range(s, i, end)) return false;
      groups += 2;
      i = end;
      break;
    }
    const len = j - i;
    if (len < 1 || len > 4) return false;
    groups++;
    if (j === end) {
      i = end;
      break;
    }
    if (s.charCodeAt(j) !== 58) return false;
    // j is ':'
    if (j + 1 < end && s.charCodeAt(j + 1) === 58) {
      if (compressed) return false;
      compressed = true;
      i = j + 2;
      if (i === end) break; // trailing "::"
      continue;
    }
    if (j + 1 === end) return false; // a single trailing ':'
    i = j + 1;
  }
  return compressed ? groups <= 7 : groups === 8;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Node's net port check: numbers or numeric strings in 0..65535 (1.. when zero is not allowed).
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

function isLegalPort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0)) {
    return false;
  }
  return +port === (+port >>> 0) && port <= 0xFFFF;
}


// ---- SocketAddress ----

// An IP address as a BigInt (128 bits for IPv6, 32 for IPv4), or undefined when invalid.
function ipv4ToBigInt(s) {
  if (!isIPv4(s)) return undefined;
  let n = 0n;
  for (const part of s.split('.')) n = (n << 8n) | BigInt(+part);
  return n;
}

function ipv6ToBigInt(s) {
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  if (!isIPv6(s)) return undefined;
  let tail = [];
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) !== -1) {
    const v4 = ipv4ToBigInt(s.slice(lastColon + 1));
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    s = s.slice(0, lastColon + 1) + (s[lastColon - 1] === ':' ? '' : '0');
    if (s.endsWith(':0') && tail.length) s = s.slice(0, -2);
  }
  let groups;
  const dbl = s.indexOf('::');
  const parse = (str) => (str === '' ? [] : str.split(':').map((g) => parseInt(g, 16)));
  if (dbl !== -1) {
    const head = parse(s.slice(0, dbl));
    const rest = parse(s.slice(dbl + 2));
    const fill = 8 - head.length - rest.length - tail.length;
    groups = [...head, ...new Array(fill).fill(0), ...rest, ...tail];
  } else {
    groups = [...parse(s.endsWith(':') ? s.slice(0, -1) : s), ...tail];
  }
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(g);
  return n;
}

const kAddress = Symbol('kAddress');

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  static parse(input) {
    validateStringArg(input, 'input');
    // Parsed as the host part of an http: URL, as Node does (so ":80" reads as no port).
    try {
      const { URL } = require('internal/url');
      const { hostname, port } = new URL(`http://${input}`);
      if (hostname.startsWith('[') && hostname.endsWith(']')) {
        return new SocketAddress({ address: hostname.slice(1, -1), port: port | 0, family: 'ipv6' });
      }
      return new SocketAddress({ address: hostname, port: port | 0 });
    } catch {
      return undefined;
    }
  }

  constructor(options = {}) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    let { family = 'ipv4' } = options;
    if (typeof family === 'string') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateStringArg(address, 'options.address');
    const p = validatePort(port, 'options.port');
    if (typeof flowlabel !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.flowlabel', 'number', flowlabel);
    }
    if (!Number.isInteger(flowlabel) || flowlabel < 0 || flowlabel > 0xFFFFFFFF) {
      throw new ERR_OUT_OF_RANGE('options.flowlabel', '>= 0 && <= 4294967295', flowlabel);
    }
    const ok = family === 'ipv4' ? isIPv4(address) : isIPv6(address);
    if (!ok) throw new ERR_INVALID_ADDRESS();
    this[kAddress] = { address, port: p, family, flowlabel };
  }

  get address() { return this[kAddress].address; }

  get port() { return this[kAddress].port; }

  get family() { return this[kAddress].family; }

  get flowlabel() { return this[kAddress].flowlabel; }

  toJSON() {
    const { address, port, family, flowlabel } = this[kAddress];
    return { address, port, family, flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function validateStringArg(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// ---- BlockList ----

const kRules = Symbol('kRules');
const MAPPED_PREFIX = 0xffffn << 32n;

// A comparable value in one 128-bit space: IPv4 addresses live at ::ffff:a.b.c.d.
function toKey(address, family) {
  if (family === 'ipv4') {
    const n = ipv4ToBigInt(address);
    return n === undefined ? undefined : MAPPED_PREFIX | n;
  }
  return ipv6ToBigInt(address);
}

function addressArg(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return { address: value.address, family: value.family };
  validateStringArg(value, name);
  if (typeof family !== 'string') throw new ERR_INVALID_ARG_TYPE('family', 'string', family);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', family);
  const ok = f === 'ipv4' ? isIPv4(value) : isIPv6(value);
  if (!ok) throw new ERR_INVALID_ADDRESS();
  return { address: value, family: f };
}

const kindOrder = { Address: 0, Subnet: 1, Range: 2 };

class BlockList {
  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    const a = addressArg(address, family, 'address');
    const key = toKey(a.address, a.family);
    this[kRules].push({ kind: 'Address', family: a.family, lo: key, hi: key,
      text: `Address: ${a.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${a.address}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = addressArg(start, family, 'start');
    const e = addressArg(end, family, 'end');
    const lo = toKey(s.address, s.family);
    const hi = toKey(e.address, e.family);
    if (lo > hi) {
      throw new ERR_INVALID_ARG_VALUE('start', SocketAddress.isSocketAddress(start) ? start :
        new SocketAddress({ address: s.address, family: s.family }), 'must come before end');
    }
    this[kRules].push({ kind: 'Range', family: s.family, lo, hi,
      text: `Range: ${s.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${s.address}-${e.address}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = addressArg(network, family, 'network');
    const bits = n.family === 'ipv4' ? 32 : 128;
    if (typeof prefix !== 'number') throw new ERR_INVALID_ARG_TYPE('prefix', 'number', prefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
      throw new ERR_OUT_OF_RANGE('prefix', `>= 0 && <= ${bits}`, prefix);
    }
    const key = toKey(n.address, n.family);
    const hostBits = BigInt(bits - prefix);
    const mask = (1n << hostBits) - 1n;
    const lo = key & ~mask;
    this[kRules].push({ kind: 'Subnet', family: n.family, lo, hi: lo | mask,
      text: `Subnet: ${n.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${n.address}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let a;
    try {
      a = addressArg(address, family, 'address');
    } catch (err) {
      if (err.code === 'ERR_INVALID_ADDRESS') return false;
      throw err;
    }
    const key = toKey(a.address, a.family);
    for (const r of this[kRules]) {
      if (key >= r.lo && key <= r.hi) return true;
    }
    return false;
  }

  get rules() {
    const list = this[kRules].map((r, i) => ({ r, i }));
    list.sort((x, y) => (kindOrder[x.r.kind] - kindOrder[y.r.kind]) ||
      ((x.r.family === 'ipv4' ? 0 : 1) - (y.r.family === 'ipv4' ? 0 : 1)) || (y.i - x.i));
    return list.map((e) => e.r.text);
  }

  toJSON() {
    return this.rules;
  }

  fromJSON(data) {
    if (typeof data === 'string') data = JSON.parse(data);
    if (!Array.isArray(data)) throw new ERR_INVALID_ARG_TYPE('data', 'Array', data);
    for (const rule of data.slice().reverse()) {
      const m = /^(Address|Range|Subnet): (IPv4|IPv6) (.+)$/.exec(rule);
      if (m === null) continue;
      const family = m[2].toLowerCase();
      if (m[1] === 'Address') this.addAddress(m[3], family);
      else if (m[1] === 'Range') {
        const dash = m[3].indexOf('-');
        this.addRange(m[3].slice(0, dash), m[3].slice(dash + 1), family);
      } else {
        const slash = m[3].lastIndexOf('/');
        this.addSubnet(m[3].slice(0, slash), +m[3].slice(slash + 1), family);
      }
    }
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = {
  BlockList,
  SocketAddress,
  isIP,
  isIPv4,
  isIPv6,
  isLegalPort,
  validatePort,
};
