'use strict';
// spawnSync, execSync, execFileSync: results, input, encodings, errors.
const assert = require('assert');
const cp = require('child_process');

{
  const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 5']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 5);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(typeof r.pid, 'number');
  assert.ok(r.pid > 0);
  assert.ok(Buffer.isBuffer(r.stdout));
  assert.strictEqual(r.stdout.toString(), 'out\n');
  assert.strictEqual(r.stderr.toString(), 'err\n');
  assert.strictEqual(r.output[0], null);
  assert.strictEqual(r.output[1], r.stdout);
  assert.strictEqual(r.output[2], r.stderr);
  assert.strictEqual(r.error, undefined);
}

{
  const r = cp.spawnSync('cat', { input: 'fed through stdin', encoding: 'utf8' });
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'fed through stdin');
  assert.strictEqual(r.stderr, '');
}

{
  const r = cp.spawnSync('cat', [], { input: new Uint8Array([104, 105]) });
  assert.deepStrictEqual(r.stdout, Buffer.from('hi'));
}

{
  const r = cp.spawnSync('jnode-no-such-command-xyz', ['q']);
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.message, 'spawnSync jnode-no-such-command-xyz ENOENT');
  assert.strictEqual(r.error.syscall, 'spawnSync jnode-no-such-command-xyz');
  assert.strictEqual(r.error.path, 'jnode-no-such-command-xyz');
  assert.deepStrictEqual(r.error.spawnargs, ['q']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.pid, 0);
}

{
  const r = cp.spawnSync('sleep', ['30'], { timeout: 100 });
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.errno, -110);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.status, null);
}

{
  const r = cp.spawnSync('head', ['-c', '100', '/dev/zero'], { maxBuffer: 10 });
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.ok(r.stdout.length >= 10);
}

{
  const r = cp.spawnSync('echo $((2 + 2))', { shell: true, encoding: 'utf8' });
  assert.strictEqual(r.stdout, '4\n');
}

// execSync
assert.strictEqual(cp.execSync('echo sync').toString(), 'sync\n');
assert.strictEqual(cp.execSync('cat', { input: 'abc', encoding: 'utf8' }), 'abc');
assert.throws(() => cp.execSync('echo nope >&2; exit 4', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo nope >&2; exit 4\nnope\n');
  assert.strictEqual(err.status, 4);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stderr.toString(), 'nope\n');
  assert.deepStrictEqual(Object.keys(err), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  return true;
});

// execFileSync
assert.strictEqual(cp.execFileSync('printf', ['%s', 'x y'], { encoding: 'utf8' }), 'x y');
assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 9'], { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: sh -c exit 9');
  assert.strictEqual(err.status, 9);
  return true;
});
assert.throws(() => cp.execFileSync('jnode-no-such-command-xyz'), { code: 'ENOENT' });

// argument validation
assert.throws(() => cp.spawnSync('cat', { input: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawnSync('cat', { timeout: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.execSync(5), { code: 'ERR_INVALID_ARG_TYPE' });

// argv0: what the child sees as argv[0]
{
  const r = cp.spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-name', encoding: 'utf8' });
  assert.strictEqual(r.stdout, 'custom-name\n');
}

// detached: the child leads a new session
{
  const r = cp.spawnSync('sh', ['-c', 'echo $$; ps -o sid= -p $$'], { detached: true, encoding: 'utf8' });
  if (r.status === 0) {
    const [pid, sid] = r.stdout.trim().split(/\s+/);
    assert.strictEqual(sid, pid);
  }
}
