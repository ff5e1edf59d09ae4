'use strict';

// The resolve* methods' common path, for both flavours: run one query on a Resolver's channel
// and hand back Node's result or DNS error. onDone(err, result) is called asynchronously.

const { toASCII } = require('internal/idna');
const { isIP } = require('internal/net');
const { TYPES, reverseName } = require('internal/dns/message');
const { dnsException } = require('internal/dns/utils');

const UV_EINVAL = -22;

// [method name, syscall (Node's binding name), rrtype]
const resolveMethods = [
  ['resolveAny', 'queryAny', 'ANY'],
  ['resolve4', 'queryA', 'A'],
  ['resolve6', 'queryAaaa', 'AAAA'],
  ['resolveCaa', 'queryCaa', 'CAA'],
  ['resolveCname', 'queryCname', 'CNAME'],
  ['resolveMx', 'queryMx', 'MX'],
  ['resolveNs', 'queryNs', 'NS'],
  ['resolveTlsa', 'queryTlsa', 'TLSA'],
  ['resolveTxt', 'queryTxt', 'TXT'],
  ['resolveSrv', 'querySrv', 'SRV'],
  ['resolvePtr', 'queryPtr', 'PTR'],
  ['resolveNaptr', 'queryNaptr', 'NAPTR'],
  ['resolveSoa', 'querySoa', 'SOA'],
];

function asciiName(name) {
  try {
    return toASCII(name);
  } catch {
    return name;
  }
}

// Starts the query; throws (synchronously) only for a reverse lookup of a non-IP.
function runQuery(channel, syscall, rrtype, name, ttl, onDone) {
  let qname;
  if (syscall === 'getHostByAddr') {
    qname = reverseName(name, isIP(name));
    if (qname === null) throw dnsException(UV_EINVAL, syscall, name);
  } else {
    qname = asciiName(name);
  }
  channel.query(qname, TYPES[rrtype], (code, result) => {
    if (code) {
      onDone(dnsException(code, syscall, name));
      return;
    }
    if (rrtype === 'A' || rrtype === 'AAAA') {
      const [addresses, ttls] = result;
      result = ttl ? addresses.map((address, i) => ({ address, ttl: ttls[i] })) : addresses;
    } else {
      result = labelWithType(rrtype, result);
    }
    onDone(null, result);
  });
}

// Node 26 labels MX, SRV and CAA records with their type (CAA's after "critical"); NAPTR and
// SOA records carry a "type" property that is undefined.
function labelWithType(rrtype, result) {
  if (rrtype === 'NAPTR') return result.map((r) => ({ ...r, type: undefined }));
  if (rrtype === 'SOA') return { ...result, type: undefined };
  if (rrtype === 'MX' || rrtype === 'SRV') return result.map((r) => ({ ...r, type: rrtype }));
  if (rrtype === 'CAA') {
    return result.map((r) => {
      const { critical, ...rest } = r;
      return { critical, type: 'CAA', ...rest };
    });
  }
  return result;
}

module.exports = { resolveMethods, runQuery };
