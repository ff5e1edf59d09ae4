'use strict';
// process.cwd and process.chdir, and the errors chdir throws.
const assert = require('assert');
const path = require('path');

const start = process.cwd();
assert.ok(path.isAbsolute(start));

const fixtures = path.join(__dirname, '..', 'fixtures');
process.chdir(fixtures);
assert.strictEqual(process.cwd(), fixtures);
// relative paths resolve against the current directory
process.chdir('module');
assert.strictEqual(process.cwd(), path.join(fixtures, 'module'));
process.chdir('..');
assert.strictEqual(process.cwd(), fixtures);
// require of relative ids is relative to the module, not to the cwd
assert.strictEqual(require('../fixtures/module/data.json').name, 'data');
// path.resolve uses the new cwd
assert.strictEqual(path.resolve('x'), path.join(fixtures, 'x'));

const missing = path.join(fixtures, 'no-such-dir');
assert.throws(() => process.chdir(missing), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.path, fixtures);
  assert.strictEqual(err.dest, missing);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, chdir '${fixtures}' -> '${missing}'`);
  return true;
});
assert.strictEqual(process.cwd(), fixtures);

// the destination is reported as given
assert.throws(() => process.chdir('nope'), {
  code: 'ENOENT',
  dest: 'nope',
  message: `ENOENT: no such file or directory, chdir '${fixtures}' -> 'nope'`,
});

const file = path.join(fixtures, 'module', 'data.json');
assert.throws(() => process.chdir(file), {
  code: 'ENOTDIR',
  syscall: 'chdir',
  message: `ENOTDIR: not a directory, chdir '${fixtures}' -> '${file}'`,
});

assert.throws(() => process.chdir(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "directory" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.chdir(), { code: 'ERR_INVALID_ARG_TYPE' });

process.chdir(start);
assert.strictEqual(process.cwd(), start);
