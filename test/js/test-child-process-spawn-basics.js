'use strict';
// child_process.spawn: stdout/stderr streams, stdin piping, exit codes, events and their order,
// ENOENT, shell, cwd, env, stdio 'ignore', kill(), large outputs.
const assert = require('assert');
const cp = require('child_process');
const os = require('os');
const path = require('path');

let pending = 0;
function test(name, fn) {
  pending++;
  fn(() => { pending--; });
}
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(pending, 0, `${pending} tests did not finish`);
});

function collect(stream) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  return () => Buffer.concat(chunks).toString();
}

test('echo: spawn, stdout, exit, close', (done) => {
  const events = [];
  const child = cp.spawn('echo', ['hello', 'world']);
  assert.ok(child instanceof cp.ChildProcess);
  assert.strictEqual(typeof child.pid, 'number');
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.signalCode, null);
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.spawnfile, 'echo');
  assert.deepStrictEqual(child.spawnargs, ['echo', 'hello', 'world']);
  assert.strictEqual(child.stdio.length, 3);
  assert.strictEqual(child.stdio[1], child.stdout);
  const out = collect(child.stdout);
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', (code, signal) => {
    events.push('exit');
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 0);
  });
  child.on('close', (code, signal) => {
    events.push('close');
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(out(), 'hello world\n');
    assert.deepStrictEqual(events, ['spawn', 'exit', 'close']);
    done();
  });
});

test('cat: stdin piped back to stdout', (done) => {
  const child = cp.spawn('cat');
  const out = collect(child.stdout);
  child.stdin.write('line one\n');
  child.stdin.write(Buffer.from('line two\n'));
  child.stdin.end('end');
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out(), 'line one\nline two\nend');
    done();
  });
});

test('exit code and stderr through sh -c', (done) => {
  const child = cp.spawn('sh', ['-c', 'echo oops >&2; exit 3']);
  const err = collect(child.stderr);
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
  });
  child.on('close', (code) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(err(), 'oops\n');
    done();
  });
});

test('shell option', (done) => {
  const child = cp.spawn('echo $((6 * 7)) | tr 4 X', { shell: true });
  assert.strictEqual(child.spawnfile, '/bin/sh');
  assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo $((6 * 7)) | tr 4 X']);
  const out = collect(child.stdout);
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out(), 'X2\n');
    done();
  });
});

test('ENOENT: error event with errno, code, syscall, path, spawnargs', (done) => {
  const child = cp.spawn('jnode-no-such-command-xyz', ['a', 'b']);
  assert.strictEqual(child.pid, undefined);
  let sawError = false;
  child.on('exit', () => assert.fail('no exit event after a failed spawn'));
  child.on('spawn', () => assert.fail('no spawn event after a failed spawn'));
  child.on('error', (err) => {
    sawError = true;
    assert.strictEqual(err.message, 'spawn jnode-no-such-command-xyz ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'spawn jnode-no-such-command-xyz');
    assert.strictEqual(err.path, 'jnode-no-such-command-xyz');
    assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
  });
  child.on('close', (code, signal) => {
    assert.ok(sawError);
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
    done();
  });
});

test('cwd and env', (done) => {
  const dir = os.tmpdir();
  const child = cp.spawn('sh', ['-c', 'pwd; echo "$JNODE_TEST_VAR"'], {
    cwd: dir,
    env: { ...process.env, JNODE_TEST_VAR: 'from-env' },
  });
  const out = collect(child.stdout);
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    const [pwd, v] = out().trim().split('\n');
    assert.strictEqual(require('fs').realpathSync(pwd), require('fs').realpathSync(dir));
    assert.strictEqual(v, 'from-env');
    done();
  });
});

test('children start in process.cwd() by default', (done) => {
  const child = cp.spawn('pwd');
  const out = collect(child.stdout);
  child.on('close', () => {
    assert.strictEqual(require('fs').realpathSync(out().trim()), require('fs').realpathSync(process.cwd()));
    done();
  });
});

test("stdio 'ignore'", (done) => {
  const child = cp.spawn('echo', ['x'], { stdio: 'ignore' });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    done();
  });
});

test('kill() sends SIGTERM', (done) => {
  const child = cp.spawn('sleep', ['30']);
  child.on('spawn', () => {
    assert.strictEqual(child.kill(), true);
    assert.strictEqual(child.killed, true);
  });
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(child.signalCode, 'SIGTERM');
    assert.strictEqual(child.exitCode, null);
    done();
  });
});

test("kill('SIGKILL') and kill(9)", (done) => {
  const child = cp.spawn('sleep', ['30']);
  assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
  child.kill('SIGKILL');
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(child.kill(), false); // already gone
    done();
  });
});

test('a large output arrives whole', (done) => {
  const child = cp.spawn('head', ['-c', '3000000', '/dev/zero']);
  let n = 0;
  child.stdout.on('data', (c) => { n += c.length; });
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(n, 3000000);
    done();
  });
});

test('timeout option kills with killSignal', (done) => {
  const child = cp.spawn('sleep', ['30'], { timeout: 100, killSignal: 'SIGKILL' });
  child.on('exit', (code, signal) => {
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(child.killed, true);
    done();
  });
});

test('AbortSignal aborts the child', (done) => {
  const ac = new AbortController();
  const child = cp.spawn('sleep', ['30'], { signal: ac.signal });
  child.on('error', (err) => {
    assert.strictEqual(err.name, 'AbortError');
  });
  child.on('exit', (code, signal) => {
    assert.strictEqual(signal, 'SIGTERM');
    done();
  });
  setTimeout(() => ac.abort(), 50);
});

// argument validation
assert.throws(() => cp.spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('echo', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('echo', [], { shell: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('echo', ['a\u0000b']), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('echo', [], { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('echo', [], { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
void path;
