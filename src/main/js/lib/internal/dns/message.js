'use strict';

// DNS messages (RFC 1035): building a query and reading a response into the record objects
// node:dns returns. Plain functions over Uint8Arrays; no I/O here.

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  TLSA: 52, ANY: 255, CAA: 257,
};
const CLASS_IN = 1;

// The response codes, as c-ares names them for Node.
const RCODE_ERRORS = {
  1: 'EFORMERR',
  2: 'ESERVFAIL',
  3: 'ENOTFOUND',
  4: 'ENOTIMP',
  5: 'EREFUSED',
};

class BadResponse extends Error {}

// A query for `name` of type `type` with id `id`, recursion desired, no EDNS.
function encodeQuery(id, name, type) {
  const labels = name === '' || name === '.' ? [] : name.replace(/\.$/, '').split('.');
  let size = 12 + 1 + 4;
  for (const l of labels) size += 1 + l.length;
  const out = new Uint8Array(size);
  out[0] = id >> 8;
  out[1] = id & 0xff;
  out[2] = 0x01; // RD
  out[5] = 1; // QDCOUNT
  let p = 12;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63) return null;
    out[p++] = l.length;
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if (c > 0xff) return null;
      out[p++] = c;
    }
  }
  out[p++] = 0;
  out[p++] = type >> 8;
  out[p++] = type & 0xff;
  out[p++] = 0;
  out[p++] = CLASS_IN;
  return out;
}

function u16(b, p) {
  if (p + 2 > b.length) throw new BadResponse();
  return (b[p] << 8) | b[p + 1];
}

function u32(b, p) {
  if (p + 4 > b.length) throw new BadResponse();
  return ((b[p] << 24) >>> 0) + (b[p + 1] << 16) + (b[p + 2] << 8) + b[p + 3];
}

// Reads a (possibly compressed) name at p: [name, position after it].
function readName(b, p) {
  let name = '';
  let end = -1;
  let jumps = 0;
  for (;;) {
    if (p >= b.length) throw new BadResponse();
    const len = b[p];
    if (len === 0) {
      p++;
      break;
    }
    if ((len & 0xc0) === 0xc0) {
      if (end < 0) end = p + 2;
      p = u16(b, p) & 0x3fff;
      if (++jumps > 64) throw new BadResponse();
      continue;
    }
    if ((len & 0xc0) !== 0) throw new BadResponse();
    if (p + 1 + len > b.length) throw new BadResponse();
    let label = '';
    for (let i = 0; i < len; i++) {
      const c = b[p + 1 + i];
      label += c === 0x2e || c === 0x5c ? `\\${String.fromCharCode(c)}` : String.fromCharCode(c);
    }
    name += name ? `.${label}` : label;
    p += 1 + len;
  }
  return [name, end < 0 ? p : end];
}

function ipv4(b, p) {
  return `${b[p]}.${b[p + 1]}.${b[p + 2]}.${b[p + 3]}`;
}

// RFC 5952 text of 16 bytes, as inet_ntop writes it.
function ipv6(b, p) {
  const g = [];
  for (let i = 0; i < 8; i++) g.push((b[p + 2 * i] << 8) | b[p + 2 * i + 1]);
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff) {
    return `::ffff:${b[p + 12]}.${b[p + 13]}.${b[p + 14]}.${b[p + 15]}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestLen = j - i;
      bestStart = i;
    }
    i = j;
  }
  if (bestLen < 2) bestStart = -1;
  let s = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      s += '::';
      i += bestLen - 1;
      continue;
    }
    if (s.length > 0 && !s.endsWith(':')) s += ':';
    s += g[i].toString(16);
  }
  return s;
}

function characterStrings(b, p, end) {
  const out = [];
  while (p < end) {
    const len = b[p];
    if (p + 1 + len > end) throw new BadResponse();
    out.push(Buffer.from(b.buffer, b.byteOffset + p + 1, len).toString('utf8'));
    p += 1 + len;
  }
  return out;
}

function oneString(b, p, end) {
  if (p >= end) throw new BadResponse();
  const len = b[p];
  if (p + 1 + len > end) throw new BadResponse();
  return [Buffer.from(b.buffer, b.byteOffset + p + 1, len).toString('utf8'), p + 1 + len];
}

// One resource record's data as the object (or string) node:dns reports for its type.
function decodeData(b, type, p, len, ttl) {
  const end = p + len;
  switch (type) {
    case TYPES.A:
      if (len !== 4) throw new BadResponse();
      return { address: ipv4(b, p), ttl };
    case TYPES.AAAA:
      if (len !== 16) throw new BadResponse();
      return { address: ipv6(b, p), ttl };
    case TYPES.CNAME:
    case TYPES.NS:
    case TYPES.PTR:
      return readName(b, p)[0];
    case TYPES.MX:
      return { exchange: readName(b, p + 2)[0], priority: u16(b, p) };
    case TYPES.TXT:
      return characterStrings(b, p, end);
    case TYPES.SRV:
      return { name: readName(b, p + 6)[0], port: u16(b, p + 4), priority: u16(b, p), weight: u16(b, p + 2) };
    case TYPES.NAPTR: {
      const order = u16(b, p);
      const preference = u16(b, p + 2);
      let q = p + 4;
      let flags;
      let service;
      let regexp;
      [flags, q] = oneString(b, q, end);
      [service, q] = oneString(b, q, end);
      [regexp, q] = oneString(b, q, end);
      const replacement = readName(b, q)[0];
      return { flags, service, regexp, replacement, order, preference };
    }
    case TYPES.SOA: {
      const [nsname, q1] = readName(b, p);
      const [hostmaster, q2] = readName(b, q1);
      return {
        nsname,
        hostmaster,
        serial: u32(b, q2),
        refresh: u32(b, q2 + 4),
        retry: u32(b, q2 + 8),
        expire: u32(b, q2 + 12),
        minttl: u32(b, q2 + 16),
      };
    }
    case TYPES.CAA: {
      if (len < 2) throw new BadResponse();
      const critical = b[p];
      const tagLen = b[p + 1];
      if (p + 2 + tagLen > end) throw new BadResponse();
      const tag = Buffer.from(b.buffer, b.byteOffset + p + 2, tagLen).toString('latin1');
      const value = Buffer.from(b.buffer, b.byteOffset + p + 2 + tagLen, end - p - 2 - tagLen).toString('utf8');
      return { critical, [tag]: value };
    }
    case TYPES.TLSA: {
      if (len < 3) throw new BadResponse();
      const data = new ArrayBuffer(len - 3);
      new Uint8Array(data).set(b.subarray(p + 3, end));
      return { certUsage: b[p], selector: b[p + 1], match: b[p + 2], data };
    }
    default:
      return undefined;
  }
}

// Parses a response: { id, rcode, truncated, question: [name, type], answers: [{type, ttl, data}] }.
function decodeResponse(b) {
  if (b.length < 12) throw new BadResponse();
  const id = u16(b, 0);
  const flags = u16(b, 2);
  const qd = u16(b, 4);
  const an = u16(b, 6);
  let p = 12;
  let question = null;
  for (let i = 0; i < qd; i++) {
    const [name, q] = readName(b, p);
    const type = u16(b, q);
    p = q + 4;
    if (i === 0) question = [name, type];
  }
  const answers = [];
  for (let i = 0; i < an; i++) {
    const [name, q] = readName(b, p);
    const type = u16(b, q);
    const ttl = u32(b, q + 4);
    const len = u16(b, q + 8);
    const start = q + 10;
    if (start + len > b.length) throw new BadResponse();
    const data = decodeData(b, type, start, len, ttl > 0x7fffffff ? 0 : ttl);
    if (data !== undefined) answers.push({ name, type, ttl, data });
    p = start + len;
  }
  return {
    id,
    qr: (flags & 0x8000) !== 0,
    truncated: (flags & 0x0200) !== 0,
    rcode: flags & 0xf,
    question,
    answers,
  };
}

const ANY_ORDER = [
  ['A', TYPES.A], ['AAAA', TYPES.AAAA], ['CNAME', TYPES.CNAME], ['MX', TYPES.MX], ['NS', TYPES.NS],
  ['TXT', TYPES.TXT], ['SRV', TYPES.SRV], ['PTR', TYPES.PTR], ['NAPTR', TYPES.NAPTR],
  ['SOA', TYPES.SOA], ['CAA', TYPES.CAA], ['TLSA', TYPES.TLSA],
];

// The result node:dns reports for a query of `type`, or an error code when there is none.
// For A/AAAA: [addresses, ttls].
function resultFor(type, answers) {
  const of = (t) => answers.filter((a) => a.type === t).map((a) => a.data);
  switch (type) {
    case TYPES.A:
    case TYPES.AAAA: {
      const recs = of(type);
      if (recs.length === 0) return 'ENODATA';
      return [recs.map((r) => r.address), recs.map((r) => r.ttl)];
    }
    case TYPES.SOA: {
      const recs = of(type);
      if (recs.length === 0) return 'ENODATA';
      return recs[0];
    }
    case TYPES.ANY: {
      const out = [];
      for (const [name, t] of ANY_ORDER) {
        for (const d of of(t)) {
          if (t === TYPES.A || t === TYPES.AAAA) out.push({ address: d.address, ttl: d.ttl, type: name });
          else if (t === TYPES.CNAME || t === TYPES.NS || t === TYPES.PTR) out.push({ value: d, type: name });
          else if (t === TYPES.TXT) out.push({ entries: d, type: name });
          else out.push({ ...d, type: name });
        }
      }
      if (out.length === 0) return 'ENODATA';
      return out;
    }
    default: {
      const recs = of(type);
      if (recs.length === 0) return 'ENODATA';
      return recs;
    }
  }
}

// "4.3.2.1.in-addr.arpa" / nibble form for IPv6, for reverse lookups; null when not an IP.
function reverseName(ip, family) {
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family !== 6) return null;
  const zone = ip.indexOf('%');
  if (zone >= 0) ip = ip.slice(0, zone);
  let head = ip;
  let tail = '';
  const dbl = ip.indexOf('::');
  let groups;
  let v4 = null;
  const lastColon = ip.lastIndexOf(':');
  if (ip.indexOf('.', lastColon) > 0) {
    v4 = ip.slice(lastColon + 1).split('.').map(Number);
    ip = `${ip.slice(0, lastColon + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  if (dbl >= 0) {
    head = ip.slice(0, ip.indexOf('::'));
    tail = ip.slice(ip.indexOf('::') + 2);
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    groups = [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t];
  } else {
    groups = ip.split(':');
  }
  const hex = groups.map((g) => g.padStart(4, '0')).join('');
  return `${hex.split('').reverse().join('.')}.ip6.arpa`;
}

module.exports = {
  BadResponse,
  RCODE_ERRORS,
  TYPES,
  decodeResponse,
  encodeQuery,
  resultFor,
  reverseName,
};
