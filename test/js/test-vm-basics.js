'use strict';
// node:vm: contexts as separate realms whose globals reach the context object, scripts,
// compileFunction, and Node's argument errors.
const assert = require('assert');
const vm = require('vm');
const util = require('util');

// A context object acts as the global: reads, assignments and declarations reach it.
const ctx = vm.createContext({ a: 1 });
assert.strictEqual(vm.isContext(ctx), true);
assert.strictEqual(vm.isContext({}), false);
assert.strictEqual(vm.runInContext('a + 1', ctx), 2);
vm.runInContext('var b = a * 10; c = 5; function f() { return b; }', ctx);
assert.strictEqual(ctx.b, 10);
assert.strictEqual(ctx.c, 5);
assert.strictEqual(typeof ctx.f, 'function');
ctx.a = 100;
assert.strictEqual(vm.runInContext('a', ctx), 100);
assert.strictEqual(vm.runInNewContext('x * 2', { x: 21 }), 42);
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');

// Another realm: its built-ins are different objects, but still recognised by util.types.
const u8 = vm.runInNewContext('new Uint8Array([1, 2, 3])');
assert.strictEqual(u8 instanceof Uint8Array, false);
assert.strictEqual(util.types.isUint8Array(u8), true);
assert.deepStrictEqual([...Buffer.from(u8)], [1, 2, 3]);
assert.strictEqual(vm.runInNewContext('[]') instanceof Array, false);
assert.strictEqual(Array.isArray(vm.runInNewContext('[]')), true);

// The current context.
globalThis.vmBasicsValue = 7;
assert.strictEqual(vm.runInThisContext('vmBasicsValue'), 7);
delete globalThis.vmBasicsValue;

// Script: compiled once, run many times and places.
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1', { filename: 'counter.js' });
const c1 = vm.createContext({});
script.runInContext(c1);
script.runInContext(c1);
assert.strictEqual(c1.count, 2);
assert.strictEqual(script.runInNewContext({ count: 10 }), 11);

// Syntax errors surface at compile time.
assert.throws(() => new vm.Script('a b', { filename: 'bad.js' }), SyntaxError);
// Errors thrown inside another realm keep their (foreign) class but are errors.
assert.throws(() => vm.runInNewContext('throw new TypeError("x")'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'x');
  return true;
});

// compileFunction: parameters, and context extensions in scope.
assert.strictEqual(vm.compileFunction('return a + b', ['a', 'b'])(1, 2), 3);
assert.strictEqual(vm.compileFunction('return x + y', [], { contextExtensions: [{ x: 1 }, { y: 2 }] })(), 3);
const inCtx = vm.compileFunction('return a', [], { parsingContext: ctx });
assert.strictEqual(inCtx(), 100);

// Argument errors.
assert.throws(() => vm.createContext('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.runInContext('1', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.isContext(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', { filename: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
