'use strict';

// The DNS client behind dns.Resolver (what c-ares' channel is to Node): sends queries over UDP
// (internalBinding('udp_wrap'), one connected socket per query and server so an ICMP refusal is
// seen), retries with a doubling timeout across the configured servers, falls back to TCP when
// an answer is truncated, and reports c-ares' error codes (ENOTFOUND, ENODATA, ETIMEOUT,
// ECONNREFUSED, ECANCELLED, EBADRESP…).

const {
  BadResponse, RCODE_ERRORS, decodeResponse, encodeQuery, resultFor,
} = require('internal/dns/message');
const { binding: udpBinding, readBytes } = require('internal/dgram');
const { isIP } = require('internal/net');

const DEFAULT_TIMEOUT_MS = 2000;
const UV_ECONNREFUSED = -111;

let systemConfig;
// nameserver lines and the timeout/attempts options of /etc/resolv.conf (read once).
function readSystemConfig() {
  if (systemConfig !== undefined) return systemConfig;
  systemConfig = { servers: [], timeout: -1, attempts: -1 };
  let text = '';
  try {
    text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
  } catch {
    // no resolv.conf: c-ares falls back to the local host
  }
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const words = line.split(/\s+/);
    if (words[0] === 'nameserver' && words[1]) {
      const addr = words[1].split('%')[0];
      const family = isIP(addr);
      if (family) systemConfig.servers.push([family, words[1], 53]);
    } else if (words[0] === 'options') {
      for (const o of words.slice(1)) {
        const m = /^(timeout|attempts):(\d+)$/.exec(o);
        if (m && m[1] === 'timeout') systemConfig.timeout = Number(m[2]) * 1000;
        if (m && m[1] === 'attempts') systemConfig.attempts = Number(m[2]);
      }
    }
  }
  if (systemConfig.servers.length === 0) systemConfig.servers.push([4, '127.0.0.1', 53]);
  return systemConfig;
}

class Channel {
  constructor(timeout, tries, maxTimeout) {
    const sys = readSystemConfig();
    this.timeout = timeout > 0 ? timeout : (sys.timeout > 0 ? sys.timeout : DEFAULT_TIMEOUT_MS);
    this.tries = tries;
    this.maxTimeout = maxTimeout;
    this.servers = sys.servers.map((s) => s.slice());
    this.local4 = null;
    this.local6 = null;
    this.pending = new Set();
  }

  // [[address, port], …] as Node's ChannelWrap reports them.
  getServers() {
    return this.servers.map(([, address, port]) => [address, port]);
  }

  // servers: [[family, address, port], …]. Returns 0, or a message when it cannot be done.
  setServers(servers) {
    if (this.pending.size > 0) return 'There are pending queries.';
    this.servers = servers.map((s) => s.slice());
    return 0;
  }

  setLocalAddress(a, b) {
    const fa = isIP(a);
    if (!fa) return 'Invalid IP address.';
    let v4 = fa === 4 ? a : null;
    let v6 = fa === 6 ? a : null;
    if (b !== undefined) {
      const fb = isIP(b);
      if (!fb) return 'Invalid IP address.';
      if (fb === 4) {
        if (v4) return 'Cannot specify two IPv4 addresses.';
        v4 = b;
      } else {
        if (v6) return 'Cannot specify two IPv6 addresses.';
        v6 = b;
      }
    }
    this.local4 = v4;
    this.local6 = v6;
    return 0;
  }

  cancel() {
    for (const q of [...this.pending]) q.finish('ECANCELLED');
  }

  // Runs a query; callback(code, result) with code null on success. result: see resultFor().
  query(name, type, callback) {
    const q = new Query(this, name, type, callback);
    this.pending.add(q);
    q.start();
    return q;
  }
}

class Query {
  constructor(channel, name, type, callback) {
    this.channel = channel;
    this.name = name;
    this.type = type;
    this.callback = callback;
    this.servers = channel.servers.slice();
    this.attempt = 0;
    this.total = Math.max(1, channel.tries) * Math.max(1, this.servers.length);
    this.sockets = new Map();
    this.timer = null;
    this.done = false;
    this.lastError = 'ETIMEOUT';
    this.tcp = null;
  }

  start() {
    if (/\.onion\.?$/i.test(this.name)) {
      // RFC 7686: .onion names are never sent to DNS (c-ares answers ENOTFOUND itself)
      process.nextTick(() => this.finish('ENOTFOUND'));
      return;
    }
    if (this.servers.length === 0) {
      process.nextTick(() => this.finish('ECONNREFUSED'));
      return;
    }
    this.id = (Math.random() * 0x10000) >>> 0;
    this.packet = encodeQuery(this.id, this.name, this.type);
    if (this.packet === null) {
      process.nextTick(() => this.finish('EBADNAME'));
      return;
    }
    this.send();
  }

  // The timeout of the current attempt: doubled every round through the servers.
  attemptTimeout() {
    const round = Math.floor(this.attempt / this.servers.length);
    let t = this.channel.timeout * (2 ** round);
    if (this.channel.maxTimeout > 0 && t > this.channel.maxTimeout) t = this.channel.maxTimeout;
    return t;
  }

  send() {
    if (this.done) return;
    if (this.attempt >= this.total) {
      this.finish(this.lastError);
      return;
    }
    const server = this.servers[this.attempt % this.servers.length];
    const timeout = this.attemptTimeout();
    this.attempt++;
    const sock = this.socketFor(server);
    if (sock === null) {
      this.lastError = 'ECONNREFUSED';
      setImmediate(() => this.send());
      return;
    }
    const p = this.packet;
    const errno = sock.send(p.buffer, p.byteOffset, p.byteLength, null, 0, null);
    if (errno) {
      this.lastError = 'ECONNREFUSED';
      setImmediate(() => this.send());
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.lastError = 'ETIMEOUT';
      this.send();
    }, timeout);
  }

  socketFor(server) {
    const key = `${server[1]}|${server[2]}`;
    let sock = this.sockets.get(key);
    if (sock !== undefined) return sock;
    const [family, address, port] = server;
    const udp = udpBinding();
    sock = udp.createHandle(family === 6);
    const local = family === 6 ? this.channel.local6 || '::' : this.channel.local4 || '0.0.0.0';
    if (sock.bind(local, 0, 0) || sock.connect(address, port)) {
      sock.close(null);
      return null;
    }
    sock.setOnMessage((n, from, fromPort) => this.onMessage(sock, n));
    sock.recvStart();
    this.sockets.set(key, sock);
    return sock;
  }

  onMessage(sock, n) {
    if (this.done) return;
    if (n < 0) {
      if (n === UV_ECONNREFUSED) {
        // this server refused (ICMP port unreachable): go on with the next one at once
        this.lastError = 'ECONNREFUSED';
        clearTimeout(this.timer);
        this.send();
      }
      return;
    }
    const bytes = Buffer.from(readBytes().subarray(0, n));
    this.handleResponse(bytes, true);
  }

  handleResponse(bytes, viaUdp) {
    let msg;
    try {
      msg = decodeResponse(bytes);
    } catch (e) {
      if (!(e instanceof BadResponse)) throw e;
      if (bytes.length >= 2 && ((bytes[0] << 8) | bytes[1]) === this.id) this.finish('EBADRESP');
      return;
    }
    if (msg.id !== this.id || !msg.qr) return; // not ours
    if (msg.question && (msg.question[0].toLowerCase() !== this.name.replace(/\.$/, '').toLowerCase() ||
        msg.question[1] !== this.type)) {
      return;
    }
    if (msg.truncated && viaUdp) {
      this.retryOverTcp();
      return;
    }
    if (msg.rcode !== 0) {
      this.finish(RCODE_ERRORS[msg.rcode] || 'EBADRESP');
      return;
    }
    const result = resultFor(this.type, msg.answers);
    if (typeof result === 'string') this.finish(result);
    else this.finish(null, result);
  }

  retryOverTcp() {
    clearTimeout(this.timer);
    const server = this.servers[(this.attempt - 1) % this.servers.length];
    const net = require('net');
    const sock = net.connect({ host: server[1], port: server[2] });
    this.tcp = sock;
    const chunks = [];
    const prefix = Buffer.alloc(2);
    prefix.writeUInt16BE(this.packet.byteLength);
    sock.on('connect', () => sock.end(Buffer.concat([prefix, Buffer.from(this.packet)])));
    sock.on('data', (c) => {
      chunks.push(c);
      const all = Buffer.concat(chunks);
      if (all.length >= 2 && all.length >= 2 + all.readUInt16BE(0)) {
        sock.destroy();
        this.tcp = null;
        this.handleResponse(all.subarray(2, 2 + all.readUInt16BE(0)), false);
      }
    });
    sock.on('error', () => {
      this.tcp = null;
      this.lastError = 'ECONNREFUSED';
      this.send();
    });
    this.timer = setTimeout(() => {
      sock.destroy();
      this.tcp = null;
      this.lastError = 'ETIMEOUT';
      this.send();
    }, this.attemptTimeout());
  }

  finish(code, result) {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    for (const s of this.sockets.values()) s.close(null);
    this.sockets.clear();
    if (this.tcp) this.tcp.destroy();
    this.channel.pending.delete(this);
    this.callback(code, result);
  }
}

module.exports = { Channel };
