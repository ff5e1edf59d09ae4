'use strict';
// What require() throws: MODULE_NOT_FOUND with its require stack, unknown `node:` ids, syntax
// errors, bad JSON, native addons.
const assert = require('assert');
const path = require('path');

const mod = path.join(__dirname, '..', 'fixtures', 'module');

assert.throws(() => require('./does-not-exist'), (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module './does-not-exist'\nRequire stack:\n- ${__filename}`);
  assert.deepStrictEqual(err.requireStack, [__filename]);
  return true;
});
assert.throws(() => require('no-such-package-anywhere'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'no-such-package-anywhere'\nRequire stack:\n- ${__filename}`,
});
assert.throws(() => require('/no/such/absolute/file.js'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '/no/such/absolute/file.js'\nRequire stack:\n- ${__filename}`,
});
// the require stack lists every module on the way, innermost first
assert.throws(() => require('../fixtures/module/requires-chain'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.deepStrictEqual(err.requireStack, [
    path.join(mod, 'requires-missing.js'),
    path.join(mod, 'requires-chain.js'),
    __filename,
  ]);
  assert.strictEqual(err.message, "Cannot find module './no-such-file'\nRequire stack:\n- " +
    err.requireStack.join('\n- '));
  return true;
});
// require.resolve throws the same error
assert.throws(() => require.resolve('./nope'), {
  code: 'MODULE_NOT_FOUND',
  requireStack: [__filename],
});

// unknown builtins: only `node:` makes an id a builtin request
assert.throws(() => require('node:no-such-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  name: 'Error',
  message: 'No such built-in module: node:no-such-builtin',
});
// require.resolve does not know the scheme: it looks for a file of that name
assert.throws(() => require.resolve('node:no-such-builtin'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'node:no-such-builtin'\nRequire stack:\n- ${__filename}`,
});
assert.throws(() => require('node:'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(() => require('node:internal/errors'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
// ids that exist only with the scheme
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('sea'), { code: 'MODULE_NOT_FOUND' });

// syntax errors carry no code and are thrown as they are
assert.throws(() => require('../fixtures/module/syntax-error'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err instanceof SyntaxError);
  assert.strictEqual(err.code, undefined);
  return true;
});
assert.strictEqual(require.cache[path.join(mod, 'syntax-error.js')], undefined);

// bad JSON: a SyntaxError whose message starts with the file name
assert.throws(() => require('../fixtures/module/broken.json'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(path.join(mod, 'broken.json') + ': '), err.message);
  return true;
});
// a byte order mark is skipped
assert.deepStrictEqual(require('../fixtures/module/bom.json'), { bom: true });

// a .node file that is not a loadable addon
assert.throws(() => require('../fixtures/module/addon.node'), (err) => {
  assert.strictEqual(err.code, 'ERR_DLOPEN_FAILED');
  assert.ok(err.message.includes(path.join(mod, 'addon.node')), err.message);
  return true;
});
assert.strictEqual(require.cache[path.join(mod, 'addon.node')], undefined);
