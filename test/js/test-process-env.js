'use strict';
// process.env: string values, coercion, delete, `in`, enumeration, symbols, accessors.
const assert = require('assert');

const env = process.env;
assert.strictEqual(typeof env, 'object');
for (const key of Object.keys(env)) assert.strictEqual(typeof env[key], 'string', key);

env.JNODE_TEST_STR = 'value';
assert.strictEqual(env.JNODE_TEST_STR, 'value');
assert.ok('JNODE_TEST_STR' in env);
assert.ok(Object.keys(env).includes('JNODE_TEST_STR'));
assert.ok(Object.prototype.hasOwnProperty.call(env, 'JNODE_TEST_STR'));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(env, 'JNODE_TEST_STR'),
  { value: 'value', writable: true, enumerable: true, configurable: true });

// values become strings
env.JNODE_TEST_NUM = 42;
assert.strictEqual(env.JNODE_TEST_NUM, '42');
env.JNODE_TEST_BOOL = true;
assert.strictEqual(env.JNODE_TEST_BOOL, 'true');
env.JNODE_TEST_UNDEF = undefined;
assert.strictEqual(env.JNODE_TEST_UNDEF, 'undefined');
env.JNODE_TEST_NULL = null;
assert.strictEqual(env.JNODE_TEST_NULL, 'null');
env.JNODE_TEST_OBJ = { toString() { return 'custom'; } };
assert.strictEqual(env.JNODE_TEST_OBJ, 'custom');
assert.throws(() => { env.JNODE_TEST_SYM = Symbol('s'); }, TypeError);

// delete
assert.strictEqual(delete env.JNODE_TEST_STR, true);
assert.strictEqual(env.JNODE_TEST_STR, undefined);
assert.strictEqual('JNODE_TEST_STR' in env, false);
assert.strictEqual(Object.keys(env).includes('JNODE_TEST_STR'), false);
assert.strictEqual(delete env.JNODE_NEVER_SET, true);

// missing keys read as undefined
assert.strictEqual(env.JNODE_NEVER_SET, undefined);
assert.strictEqual('JNODE_NEVER_SET' in env, false);

// symbols are never keys
const sym = Symbol('x');
assert.strictEqual(env[sym], undefined);
assert.strictEqual(sym in env, false);
assert.strictEqual(Object.getOwnPropertySymbols(env).length, 0);

// defineProperty: data descriptors are coerced, accessors refused
Object.defineProperty(env, 'JNODE_TEST_DEF', { value: 7, writable: true, enumerable: true, configurable: true });
assert.strictEqual(env.JNODE_TEST_DEF, '7');
assert.throws(() => Object.defineProperty(env, 'JNODE_TEST_ACC', { get() { return 'x'; } }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  name: 'TypeError',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
});
assert.throws(() => Object.defineProperty(env, 'JNODE_TEST_NC', { value: 'x', configurable: false, writable: true, enumerable: true }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
});

// spreading and JSON
const copy = { ...env };
assert.strictEqual(copy.JNODE_TEST_NUM, '42');
assert.strictEqual(JSON.parse(JSON.stringify(env)).JNODE_TEST_NUM, '42');

// the inherited environment is there (PATH is set for any test run)
assert.strictEqual(typeof env.PATH, 'string');

for (const k of Object.keys(env)) if (k.startsWith('JNODE_TEST_')) delete env[k];
assert.strictEqual(Object.keys(env).filter((k) => k.startsWith('JNODE_TEST_')).length, 0);
