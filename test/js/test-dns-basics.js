'use strict';
// node:dns against a small mock DNS server over dgram on loopback: every resolve* record type,
// ttl, resolveAny, reverse, Node's error codes (ENOTFOUND/ESERVFAIL/ENODATA/ETIMEOUT/ECANCELLED),
// setServers/getServers, the promise API, lookup/lookupService and argument errors.
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');

// ---- a minimal DNS server ----

function readName(buf, off) {
  const labels = [];
  while (buf[off] !== 0) {
    labels.push(buf.toString('latin1', off + 1, off + 1 + buf[off]));
    off += buf[off] + 1;
  }
  return [labels.join('.'), off + 1];
}

function name(n) {
  const parts = n.split('.').map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l, 'latin1')]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function u16(n) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u32(n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function str(s) {
  return Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]);
}

const T = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };

function rr(owner, type, ttl, data) {
  return Buffer.concat([name(owner), u16(type), u16(1), u32(ttl), u16(data.length), data]);
}

const records = {
  A: [[T.A, 300, Buffer.from([1, 2, 3, 4])], [T.A, 60, Buffer.from([5, 6, 7, 8])]],
  AAAA: [[T.AAAA, 120, Buffer.from('20010db8000000000000000000000001', 'hex')]],
  CNAME: [[T.CNAME, 10, name('alias.example.org')]],
  MX: [[T.MX, 10, Buffer.concat([u16(10), name('mx.example.org')])]],
  NS: [[T.NS, 10, name('ns1.example.org')]],
  TXT: [[T.TXT, 10, Buffer.concat([str('v=spf1'), str(' -all')])], [T.TXT, 10, str('second')]],
  SRV: [[T.SRV, 10, Buffer.concat([u16(1), u16(2), u16(443), name('srv.example.org')])]],
  PTR: [[T.PTR, 10, name('ptr.example.org')]],
  NAPTR: [[T.NAPTR, 10, Buffer.concat([u16(100), u16(10), str('S'), str('SIP+D2U'), str(''), name('_sip._udp.example.org')])]],
  SOA: [[T.SOA, 10, Buffer.concat([name('ns1.example.org'), name('admin.example.org'), u32(2024), u32(7200), u32(3600), u32(86400), u32(60)])]],
  CAA: [[T.CAA, 10, Buffer.concat([Buffer.from([0, 5]), Buffer.from('issue'), Buffer.from('ca.example.net')])]],
};

let queries = 0;
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  queries++;
  const id = msg.readUInt16BE(0);
  assert.strictEqual(msg.readUInt16BE(2) & 0x0100, 0x0100, 'recursion desired');
  const [qname, end] = readName(msg, 12);
  const qtype = msg.readUInt16BE(end);
  const question = msg.subarray(12, end + 4);
  let rcode = 0;
  let answers = [];
  if (qname === 'silent.example.org') return; // never answers: ETIMEOUT
  if (qname === 'missing.example.org') rcode = 3;
  else if (qname === 'broken.example.org') rcode = 2;
  else if (qname === 'empty.example.org') answers = [];
  else if (qname === '4.3.2.1.in-addr.arpa' && qtype === T.PTR) answers = records.PTR.map((r) => rr(qname, ...r));
  else if (qtype === T.ANY) {
    answers = ['A', 'AAAA', 'MX', 'TXT', 'SOA', 'CAA'].flatMap((k) => records[k].map((r) => rr(qname, ...r)));
  } else {
    const key = Object.keys(T).find((k) => T[k] === qtype);
    answers = (records[key] || []).map((r) => rr(qname, ...r));
  }
  const header = Buffer.concat([u16(id), u16(0x8180 | rcode), u16(1), u16(answers.length), u16(0), u16(0)]);
  server.send(Buffer.concat([header, question, ...answers]), rinfo.port, rinfo.address);
});

function call(fn, ...args) {
  return new Promise((resolve) => fn(...args, (err, res) => resolve([err, res])));
}

server.bind(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const r = new dns.Resolver({ timeout: 200, tries: 2 });
  r.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(r.getServers(), [`127.0.0.1:${port}`]);
  const q = (method, ...args) => call(r[method].bind(r), ...args);
  const host = 'www.example.org';

  assert.deepStrictEqual(await q('resolve4', host), [null, ['1.2.3.4', '5.6.7.8']]);
  assert.deepStrictEqual(await q('resolve4', host, { ttl: true }),
                         [null, [{ address: '1.2.3.4', ttl: 300 }, { address: '5.6.7.8', ttl: 60 }]]);
  assert.deepStrictEqual(await q('resolve6', host), [null, ['2001:db8::1']]);
  assert.deepStrictEqual(await q('resolve6', host, { ttl: true }), [null, [{ address: '2001:db8::1', ttl: 120 }]]);
  assert.deepStrictEqual(await q('resolveCname', host), [null, ['alias.example.org']]);
  // Node 26 labels MX, SRV and CAA records with their type (NAPTR and SOA: type undefined).
  assert.deepStrictEqual(await q('resolveMx', host), [null, [{ exchange: 'mx.example.org', priority: 10, type: 'MX' }]]);
  assert.deepStrictEqual(await q('resolveNs', host), [null, ['ns1.example.org']]);
  assert.deepStrictEqual(await q('resolveTxt', host), [null, [['v=spf1', ' -all'], ['second']]]);
  assert.deepStrictEqual(await q('resolveSrv', host),
                         [null, [{ name: 'srv.example.org', port: 443, priority: 1, weight: 2, type: 'SRV' }]]);
  assert.deepStrictEqual(await q('resolvePtr', host), [null, ['ptr.example.org']]);
  assert.deepStrictEqual(await q('resolveNaptr', host), [null, [{
    flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.org', order: 100, preference: 10, type: undefined,
  }]]);
  assert.deepStrictEqual(await q('resolveSoa', host), [null, {
    nsname: 'ns1.example.org', hostmaster: 'admin.example.org',
    serial: 2024, refresh: 7200, retry: 3600, expire: 86400, minttl: 60, type: undefined,
  }]);
  assert.deepStrictEqual(await q('resolveCaa', host), [null, [{ critical: 0, type: 'CAA', issue: 'ca.example.net' }]]);
  assert.deepStrictEqual(await call(r.resolve.bind(r), host, 'MX'),
                         [null, [{ exchange: 'mx.example.org', priority: 10, type: 'MX' }]]);
  assert.deepStrictEqual(await q('reverse', '1.2.3.4'), [null, ['ptr.example.org']]);

  const [anyErr, any] = await q('resolveAny', host);
  assert.ifError(anyErr);
  assert.deepStrictEqual(any.map((x) => x.type), ['A', 'A', 'AAAA', 'MX', 'TXT', 'TXT', 'SOA', 'CAA']);
  assert.deepStrictEqual(any[0], { address: '1.2.3.4', ttl: 300, type: 'A' });
  assert.deepStrictEqual(any[4], { entries: ['v=spf1', ' -all'], type: 'TXT' });

  // Errors: Node's codes, syscall, hostname and message; errno is undefined for c-ares codes.
  const checkErr = (err, code, syscall, hostname) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.syscall, syscall);
    assert.strictEqual(err.hostname, hostname);
    assert.strictEqual(err.message, `${syscall} ${code} ${hostname}`);
    assert.ok('errno' in err);
    assert.strictEqual(err.errno, undefined);
  };
  checkErr((await q('resolve4', 'missing.example.org'))[0], 'ENOTFOUND', 'queryA', 'missing.example.org');
  checkErr((await q('resolveMx', 'broken.example.org'))[0], 'ESERVFAIL', 'queryMx', 'broken.example.org');
  checkErr((await q('resolveTxt', 'empty.example.org'))[0], 'ENODATA', 'queryTxt', 'empty.example.org');
  checkErr((await q('resolve4', 'x.onion'))[0], 'ENOTFOUND', 'queryA', 'x.onion');
  const before = queries;
  checkErr((await q('resolve4', 'silent.example.org'))[0], 'ETIMEOUT', 'queryA', 'silent.example.org');
  assert.strictEqual(queries - before, 2, 'tries: 2 sends the query twice');

  // cancel() ends pending queries with ECANCELLED; setServers() refuses while they run.
  const cancelled = call(r.resolve4.bind(r), 'silent.example.org');
  assert.throws(() => r.setServers(['127.0.0.1']), {
    code: 'ERR_DNS_SET_SERVERS_FAILED', message: /^c-ares failed to set servers: "There are pending queries\."/,
  });
  r.cancel();
  checkErr((await cancelled)[0], 'ECANCELLED', 'queryA', 'silent.example.org');

  // The promise API, and the module-level default resolver.
  const p = new dns.promises.Resolver();
  p.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await p.resolve4(host), ['1.2.3.4', '5.6.7.8']);
  assert.deepStrictEqual(await p.resolve(host, 'NS'), ['ns1.example.org']);
  await assert.rejects(p.resolveSrv('missing.example.org'), { code: 'ENOTFOUND', syscall: 'querySrv' });
  const saved = dns.getServers();
  dns.setServers([`127.0.0.1:${port}`, '[::1]:5353', '10.0.0.1']);
  assert.deepStrictEqual(dns.getServers(), [`127.0.0.1:${port}`, '[::1]:5353', '10.0.0.1']);
  assert.deepStrictEqual(dns.promises.getServers(), dns.getServers());
  dns.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await dns.promises.resolveMx(host), [{ exchange: 'mx.example.org', priority: 10, type: 'MX' }]);
  assert.deepStrictEqual(await call(dns.resolve4, host), [null, ['1.2.3.4', '5.6.7.8']]);
  dns.setServers(saved);

  // Argument errors.
  assert.throws(() => r.setServers('127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.setServers(['not an ip']), { code: 'ERR_INVALID_IP_ADDRESS' });
  assert.throws(() => r.resolve(host, 'BOGUS', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => r.resolve(host, 5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.resolve4(42, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.resolve4(host), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => r.reverse('bogus', () => {}), { code: 'EINVAL', syscall: 'getHostByAddr' });
  assert.throws(() => new dns.Resolver({ timeout: -2 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => r.setLocalAddress('bad'), { code: 'ERR_INVALID_ARG_VALUE' });
  r.setLocalAddress('127.0.0.1', '::1');

  server.close();
});

// ---- lookup / lookupService (the system resolver) ----

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'ipv4first');
dns.setDefaultResultOrder('verbatim');
assert.throws(() => dns.setDefaultResultOrder('random'), { code: 'ERR_INVALID_ARG_VALUE' });

assert.throws(() => dns.lookup('', () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup(5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('localhost', { family: 5 }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('localhost', { hints: 1234 }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('localhost', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookupService('127.0.0.1', 22), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('nope', 22, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookupService('127.0.0.1', 70000, () => {}), { code: 'ERR_SOCKET_BAD_PORT' });
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.TIMEOUT, 'ETIMEOUT');
assert.strictEqual(dns.CANCELLED, 'ECANCELLED');

dns.lookup('127.0.0.1', (err, address, family) => {
  assert.ifError(err);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
});
dns.lookup('::1', { all: true }, (err, all) => {
  assert.ifError(err);
  assert.deepStrictEqual(all, [{ address: '::1', family: 6 }]);
});
dns.lookup('localhost', { family: 4, all: true }, (err, all) => {
  assert.ifError(err);
  assert.ok(all.some((e) => e.address === '127.0.0.1' && e.family === 4));
});
dns.promises.lookup('localhost', 4).then((res) => {
  assert.deepStrictEqual(res, { address: '127.0.0.1', family: 4 });
});
dns.lookup('no-such-host.invalid', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND no-such-host.invalid');
});
dns.promises.lookupService('127.0.0.1', 22).then((res) => {
  assert.strictEqual(typeof res.hostname, 'string');
  assert.strictEqual(typeof res.service, 'string');
});
