'use strict';
// The global navigator (a getter) and Navigator/Performance, which cannot be constructed.
const assert = require('assert');
const os = require('os');
const util = require('util');

const desc = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.get.name, 'get navigator');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);

assert.ok(navigator instanceof Navigator);
assert.strictEqual(navigator, globalThis.navigator);
assert.strictEqual(util.inspect(navigator), 'Navigator {}');
assert.strictEqual(navigator.userAgent, `Node.js/${process.versions.node.split('.')[0]}`);
assert.strictEqual(navigator.hardwareConcurrency, os.availableParallelism());
assert.strictEqual(typeof navigator.language, 'string');
assert.deepStrictEqual(navigator.languages, [navigator.language]);
if (process.platform === 'linux' && process.arch === 'x64') assert.strictEqual(navigator.platform, 'Linux x86_64');
assert.strictEqual(Object.prototype.toString.call(navigator.locks), '[object LockManager]');
assert.deepStrictEqual(Object.getOwnPropertyNames(Navigator.prototype).sort(),
  ['constructor', 'hardwareConcurrency', 'language', 'languages', 'locks', 'platform', 'userAgent']);

for (const C of [Navigator, Performance]) {
  assert.throws(() => new C(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
}
assert.ok(performance instanceof Performance);
