'use strict';
// node:test: a file of tests runs in a child process; the spec reporter's lines, the summary
// counts and the exit code are checked. The mock tracker is checked in this process.
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mock } = require('node:test');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-node-test-'));
const file = path.join(dir, 'cases.js');
fs.writeFileSync(file, `
const { test, describe, it, before, beforeEach, afterEach } = require('node:test');
const order = [];
before(() => order.push('before'));
test('sync pass', (t) => { t.assert.strictEqual(1, 1); });
test('subtests', async (t) => {
  await t.test('sub ok', () => {});
  await t.test('sub fail', () => { throw new Error('boom'); });
});
describe('suite', () => {
  beforeEach(() => order.push('beforeEach'));
  afterEach(() => order.push('afterEach'));
  it('one', () => order.push('one'));
  it.skip('skipped', () => {});
  it.todo('later');
});
test('callback style', (t, done) => { setTimeout(done, 1); });
test('planned', (t) => { t.plan(2); t.assert.ok(true); t.assert.ok(true); });
test('expected failure', { expectFailure: /nope/ }, () => { throw new Error('nope'); });
test('diagnostic', (t) => { t.diagnostic('note'); });
test('order', () => {
  // A todo test runs, with its beforeEach/afterEach hooks; a skipped one does not.
  require('assert').deepStrictEqual(order, ['before', 'beforeEach', 'one', 'afterEach', 'beforeEach', 'afterEach']);
});
`);

let stdout;
let status = 0;
try {
  stdout = execFileSync(process.execPath, [file], { encoding: 'utf8' });
} catch (err) {
  stdout = err.stdout;
  status = err.status;
}
fs.rmSync(dir, { recursive: true, force: true });

assert.strictEqual(status, 1, stdout);
const lines = stdout.split('\n').map((l) => l.replace(/\(\d+(\.\d+)?ms\)/, '(Xms)'));
for (const expected of [
  '✔ sync pass (Xms)',
  '▶ subtests',
  '  ✔ sub ok (Xms)',
  '  ✖ sub fail (Xms)',
  '✖ subtests (Xms)',
  '▶ suite',
  '  ✔ one (Xms)',
  '  ﹣ skipped (Xms) # SKIP',
  '  ✔ later (Xms) # TODO',
  '✔ suite (Xms)',
  '✔ callback style (Xms)',
  '✔ planned (Xms)',
  '✔ expected failure (Xms) # EXPECTED FAILURE',
  '✔ diagnostic (Xms)',
  'ℹ note',
  '✔ order (Xms)',
  'ℹ tests 12',
  'ℹ suites 1',
  'ℹ pass 8',
  'ℹ fail 2',
  'ℹ cancelled 0',
  'ℹ skipped 1',
  'ℹ todo 1',
  '✖ failing tests:',
  '  Error: boom',
]) {
  assert.ok(lines.includes(expected), `missing line ${JSON.stringify(expected)} in:\n${stdout}`);
}

// mock.fn records calls, results and errors; mock.method replaces and restores.
const fn = mock.fn((a, b) => a + b);
assert.strictEqual(fn(1, 2), 3);
assert.strictEqual(fn.mock.callCount(), 1);
assert.deepStrictEqual(fn.mock.calls[0].arguments, [1, 2]);
assert.strictEqual(fn.mock.calls[0].result, 3);
fn.mock.mockImplementationOnce(() => 'once');
assert.strictEqual(fn(0, 0), 'once');
assert.strictEqual(fn(2, 2), 4);

const obj = { value: 5, get() { return this.value; } };
const m = mock.method(obj, 'get', function() { return this.value * 2; });
assert.strictEqual(obj.get(), 10);
assert.strictEqual(m.mock.calls[0].this, obj);
mock.restoreAll();
assert.strictEqual(obj.get(), 5);
assert.throws(() => mock.method(obj, 'value'), { code: 'ERR_INVALID_ARG_VALUE' });
