'use strict';
// hrtime, hrtime.bigint, uptime, memoryUsage: shapes and monotonicity.
const assert = require('assert');

const t = process.hrtime();
assert.ok(Array.isArray(t));
assert.strictEqual(t.length, 2);
assert.ok(Number.isInteger(t[0]) && t[0] >= 0);
assert.ok(Number.isInteger(t[1]) && t[1] >= 0 && t[1] < 1e9);

const d = process.hrtime(t);
assert.strictEqual(d.length, 2);
assert.ok(d[0] >= 0 && d[1] >= 0 && d[1] < 1e9);
assert.ok(d[0] < 10);

assert.throws(() => process.hrtime(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => process.hrtime([1]), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
assert.throws(() => process.hrtime([1, 2, 3]), { code: 'ERR_OUT_OF_RANGE' });

const b1 = process.hrtime.bigint();
assert.strictEqual(typeof b1, 'bigint');
const b2 = process.hrtime.bigint();
assert.ok(b2 >= b1);
// hrtime and hrtime.bigint read the same clock
const pair = process.hrtime();
const big = process.hrtime.bigint();
const pairNs = BigInt(pair[0]) * 1000000000n + BigInt(pair[1]);
assert.ok(big >= pairNs && big - pairNs < 1000000000n);

const up = process.uptime();
assert.strictEqual(typeof up, 'number');
assert.ok(up > 0 && up < 3600);
assert.ok(process.uptime() >= up);

const mem = process.memoryUsage();
assert.deepStrictEqual(Object.keys(mem), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const [k, v] of Object.entries(mem)) {
  assert.strictEqual(typeof v, 'number', k);
  assert.ok(Number.isInteger(v) && v >= 0, k);
}
assert.ok(mem.rss > 0);
assert.ok(mem.heapTotal >= mem.heapUsed);
const rss = process.memoryUsage.rss();
assert.ok(Number.isInteger(rss) && rss > 0);

const cpu = process.cpuUsage();
assert.deepStrictEqual(Object.keys(cpu), ['user', 'system']);
assert.ok(Number.isInteger(cpu.user) && cpu.user >= 0);
const cpuDiff = process.cpuUsage(cpu);
assert.ok(cpuDiff.user >= 0 && cpuDiff.system >= 0);

const ru = process.resourceUsage();
assert.strictEqual(typeof ru.maxRSS, 'number');
assert.strictEqual(typeof ru.userCPUTime, 'number');
