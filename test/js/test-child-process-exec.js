'use strict';
// child_process.exec / execFile: callbacks with (err, stdout, stderr), errors with code, killed,
// signal and cmd, maxBuffer, encoding, timeout, ENOENT, util.promisify.
const assert = require('assert');
const cp = require('child_process');
const util = require('util');

let pending = 0;
function test(name, fn) {
  pending++;
  fn(() => { pending--; });
}
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(pending, 0, `${pending} tests did not finish`);
});

test('exec runs a shell command', (done) => {
  const child = cp.exec('echo "$((1 + 2))"; echo warn >&2', (err, stdout, stderr) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, '3\n');
    assert.strictEqual(stderr, 'warn\n');
    done();
  });
  assert.ok(child instanceof cp.ChildProcess);
});

test('exec: a failing command', (done) => {
  cp.exec('echo out; echo bad >&2; exit 7', (err, stdout, stderr) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.message, 'Command failed: echo out; echo bad >&2; exit 7\nbad\n');
    assert.strictEqual(err.code, 7);
    assert.strictEqual(err.killed, false);
    assert.strictEqual(err.signal, null);
    assert.strictEqual(err.cmd, 'echo out; echo bad >&2; exit 7');
    assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd']);
    assert.strictEqual(stdout, 'out\n');
    assert.strictEqual(stderr, 'bad\n');
    done();
  });
});

test('execFile with arguments and buffer encoding', (done) => {
  cp.execFile('printf', ['%s-%s', 'a', 'b'], { encoding: 'buffer' }, (err, stdout, stderr) => {
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(stdout));
    assert.ok(Buffer.isBuffer(stderr));
    assert.strictEqual(stdout.toString(), 'a-b');
    assert.strictEqual(stderr.length, 0);
    done();
  });
});

test('execFile ENOENT', (done) => {
  cp.execFile('jnode-no-such-command-xyz', ['1'], (err, stdout, stderr) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'spawn jnode-no-such-command-xyz');
    assert.strictEqual(err.path, 'jnode-no-such-command-xyz');
    assert.deepStrictEqual(err.spawnargs, ['1']);
    assert.strictEqual(err.cmd, 'jnode-no-such-command-xyz 1');
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    done();
  });
});

test('maxBuffer', (done) => {
  cp.exec('printf 0123456789', { maxBuffer: 4 }, (err, stdout) => {
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.strictEqual(err.name, 'RangeError');
    assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
    assert.strictEqual(stdout, '0123');
    done();
  });
});

test('timeout kills the command', (done) => {
  cp.exec('sleep 30', { timeout: 100 }, (err) => {
    assert.ok(err);
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.signal, 'SIGTERM');
    assert.strictEqual(err.code, null);
    done();
  });
});

test('util.promisify(exec) resolves with { stdout, stderr }', (done) => {
  const p = util.promisify(cp.exec)('echo promised');
  assert.ok(p.child instanceof cp.ChildProcess);
  p.then(({ stdout, stderr }) => {
    assert.strictEqual(stdout, 'promised\n');
    assert.strictEqual(stderr, '');
    return util.promisify(cp.execFile)('sh', ['-c', 'echo e >&2; exit 2']);
  }).then(() => assert.fail('should reject'), (err) => {
    assert.strictEqual(err.code, 2);
    assert.strictEqual(err.stderr, 'e\n');
    assert.strictEqual(err.stdout, '');
    done();
  });
});

test('exec with cwd and env', (done) => {
  cp.exec('echo "$FOO"', { env: { FOO: 'bar', PATH: process.env.PATH } }, (err, stdout) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'bar\n');
    done();
  });
});

assert.throws(() => cp.exec(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('echo', [], { maxBuffer: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.execFile('echo', [], { killSignal: 'SIGFOO' }), { code: 'ERR_UNKNOWN_SIGNAL' });
