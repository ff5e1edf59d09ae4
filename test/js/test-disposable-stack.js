'use strict';
// Explicit resource management without the syntax: the well-known symbols, SuppressedError,
// DisposableStack and AsyncDisposableStack, and core objects disposable through them.
const assert = require('assert');

assert.strictEqual(typeof Symbol.dispose, 'symbol');
assert.strictEqual(typeof Symbol.asyncDispose, 'symbol');
assert.strictEqual(Symbol.dispose.description, 'Symbol.dispose');
assert.strictEqual(Symbol.asyncDispose.description, 'Symbol.asyncDispose');

// Disposal runs last-in first-out; use/adopt/defer return what the spec says.
const log = [];
const stack = new DisposableStack();
assert.strictEqual(stack.disposed, false);
assert.strictEqual(stack.defer(() => log.push('defer')), undefined);
const res = { [Symbol.dispose]() { log.push('use'); } };
assert.strictEqual(stack.use(res), res);
assert.strictEqual(stack.use(null), null);
assert.strictEqual(stack.adopt(7, (v) => log.push(`adopt ${v}`)), 7);
stack.dispose();
assert.deepStrictEqual(log, ['adopt 7', 'use', 'defer']);
assert.strictEqual(stack.disposed, true);
stack.dispose(); // a second dispose does nothing
assert.strictEqual(log.length, 3);
assert.strictEqual(DisposableStack.prototype[Symbol.dispose], DisposableStack.prototype.dispose);
assert.strictEqual(Object.prototype.toString.call(stack), '[object DisposableStack]');

assert.throws(() => stack.use(res), {
  name: 'ReferenceError',
  message: 'Cannot call DisposableStack.prototype.use on an already-disposed DisposableStack',
});
assert.throws(() => new DisposableStack().use(1), {
  name: 'TypeError', message: 'An object is expected with `using` declarations',
});
assert.throws(() => new DisposableStack().use({}), { name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function' });
assert.throws(() => new DisposableStack().defer(1), { name: 'TypeError', message: '1 is not a function' });

// move() hands the resources over and leaves the old stack disposed.
const first = new DisposableStack();
let moved = 0;
first.defer(() => moved++);
const second = first.move();
assert.strictEqual(first.disposed, true);
first.dispose();
assert.strictEqual(moved, 0);
second.dispose();
assert.strictEqual(moved, 1);

// Errors: the newest wraps the earlier as SuppressedError.
const failing = new DisposableStack();
failing.defer(() => { throw new Error('a'); });
failing.defer(() => { throw new Error('b'); });
assert.throws(() => failing.dispose(), (err) => {
  assert.ok(err instanceof SuppressedError);
  assert.strictEqual(err.name, 'SuppressedError');
  assert.strictEqual(err.message, 'An error was suppressed during disposal');
  assert.strictEqual(err.error.message, 'a');
  assert.strictEqual(err.suppressed.message, 'b');
  return true;
});
const made = new SuppressedError(1, 2, 'm');
assert.deepStrictEqual([made.error, made.suppressed, made.message, String(made)], [1, 2, 'm', 'SuppressedError: m']);
assert.deepStrictEqual(Object.keys(made), []);

// Timers are disposable.
let fired = false;
const timer = setTimeout(() => { fired = true; }, 1);
timer[Symbol.dispose]();

(async () => {
  const order = [];
  const as = new AsyncDisposableStack();
  as.use({ [Symbol.dispose]() { order.push('sync'); } });
  as.use({ async [Symbol.asyncDispose]() { order.push('async'); } });
  as.defer(async () => { order.push('defer'); });
  await as.disposeAsync();
  assert.deepStrictEqual(order, ['defer', 'async', 'sync']);
  assert.strictEqual(as.disposed, true);
  assert.strictEqual(await as.disposeAsync(), undefined);
  assert.strictEqual(AsyncDisposableStack.prototype[Symbol.asyncDispose], AsyncDisposableStack.prototype.disposeAsync);
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.strictEqual(fired, false);
})();
