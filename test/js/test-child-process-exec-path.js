'use strict';
// Spawning this runtime itself (process.execPath), as Node's own tests do: an -e program that
// reads its stdin, prints its argv and an env variable, writes to stderr and sets its exit code.
// (One child only: a runtime's start-up is slow.)
const assert = require('assert');
const cp = require('child_process');

let finished = false;
process.on('exit', (code) => {
  if (code === 0) assert.ok(finished);
});

const program = `
const data = require('fs').readFileSync(0, 'utf8');
process.stdout.write(JSON.stringify([data.toUpperCase(), process.argv.slice(1), process.env.JNODE_CP_TEST]));
process.stderr.write('to stderr');
process.exitCode = 42;
`;
const child = cp.spawn(process.execPath, ['-e', program, 'a b', 'c'], {
  env: { ...process.env, JNODE_CP_TEST: 'yes' },
});
const out = [];
const err = [];
child.stdout.on('data', (c) => out.push(c));
child.stderr.on('data', (c) => err.push(c));
child.stdin.end('hello from the parent');
child.on('close', (code, signal) => {
  assert.strictEqual(Buffer.concat(err).toString(), 'to stderr');
  assert.deepStrictEqual(JSON.parse(Buffer.concat(out).toString()),
    ['HELLO FROM THE PARENT', ['a b', 'c'], 'yes']);
  assert.strictEqual(code, 42);
  assert.strictEqual(signal, null);
  finished = true;
});
