'use strict';
// node:os — shapes and values of the os API on Linux.
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.type(), 'Linux');
assert.match(os.endianness(), /^(LE|BE)$/);
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(+os.totalmem, os.totalmem());
assert.ok(os.totalmem() > 0 && os.freemem() > 0 && os.freemem() <= os.totalmem());
assert.ok(os.availableParallelism() >= 1);
assert.ok(os.uptime() > 0);
assert.strictEqual(os.release(), require('fs').readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
assert.strictEqual(typeof os.version(), 'string');
assert.ok(os.machine().length > 0);

const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const l of load) assert.strictEqual(typeof l, 'number');

const cpus = os.cpus();
assert.ok(cpus.length > 0);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
}

const ifaces = os.networkInterfaces();
assert.deepStrictEqual(ifaces.lo.filter((e) => e.family === 'IPv4')[0], {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00',
  internal: true, cidr: '127.0.0.1/8',
});
for (const list of Object.values(ifaces)) {
  for (const e of list) {
    assert.match(e.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    if (e.family === 'IPv6') assert.strictEqual(typeof e.scopeid, 'number');
    else assert.ok(!('scopeid' in e));
  }
}

const user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(user.uid, process.geteuid());
const buf = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(buf.username));
assert.strictEqual(buf.username.toString(), user.username);
assert.strictEqual(os.userInfo({ encoding: 'hex' }).username, Buffer.from(user.username).toString('hex'));
assert.throws(() => os.userInfo({ get encoding() { throw new Error('xyz'); } }), /xyz/);

// tmpdir and homedir follow the environment.
const saved = { TMPDIR: process.env.TMPDIR, HOME: process.env.HOME };
process.env.TMPDIR = '/some/dir/';
assert.strictEqual(os.tmpdir(), '/some/dir');
process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
process.env.HOME = '/home/x';
assert.strictEqual(os.homedir(), '/home/x');
delete process.env.HOME;
assert.strictEqual(os.homedir(), user.homedir);
for (const [k, v] of Object.entries(saved)) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}
