'use strict';
// process.stdin is a Readable (flowing and paused modes, 'end'), process.stdout/stderr are
// Writables; a paused stdin does not keep the process alive.
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Readable, Writable } = require('stream');

assert.ok(process.stdout instanceof Writable);
assert.ok(process.stderr instanceof Writable);
assert.ok(process.stdin instanceof Readable);
assert.throws(() => process.stdout.write(1), { code: 'ERR_INVALID_ARG_TYPE' });

const run = (code, input) => spawnSync(process.execPath, ['-e', code], { input, encoding: 'utf8', timeout: 60000 });

// Flowing mode.
let r = run("let n = 0; process.stdin.on('data', (d) => { n += d.length; }); " +
  "process.stdin.on('end', () => process.stdout.write('bytes=' + n + '\\n'));", 'x'.repeat(200000));
assert.strictEqual(r.stdout, 'bytes=200000\n');
assert.strictEqual(r.status, 0);

// Paused mode with 'readable' and read(), and setEncoding.
r = run("process.stdin.setEncoding('utf8'); let s = ''; " +
  "process.stdin.on('readable', () => { let c; while ((c = process.stdin.read()) !== null) s += c; }); " +
  "process.stdin.on('end', () => console.log(JSON.stringify(s.split('\\n'))));", 'a\nb\nc');
assert.strictEqual(r.stdout, '["a","b","c"]\n');

// A paused stdin lets the process exit.
r = run("process.stdin.pause(); setTimeout(() => console.log('done'), 10);", '');
assert.strictEqual(r.stdout, 'done\n');
assert.strictEqual(r.status, 0);
