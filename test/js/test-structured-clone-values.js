'use strict';
// structuredClone: primitives, wrappers, Date, RegExp, Map, Set, arrays (holes, extra
// properties), plain and class-instance objects, errors, DOMException, shared references, cycles.
const assert = require('assert');

assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
for (const v of [undefined, null, true, 0, -0, NaN, 1.5, 10n, 'str']) {
  assert.ok(Object.is(structuredClone(v), v));
}
{
  const [n, s, b, big] = structuredClone([new Number(3), new String('s'), new Boolean(false), Object(5n)]);
  assert.strictEqual(typeof n, 'object');
  assert.strictEqual(n.valueOf(), 3);
  assert.strictEqual(s.valueOf(), 's');
  assert.strictEqual(b.valueOf(), false);
  assert.strictEqual(big.valueOf(), 5n);
}
{
  const d = new Date(1234);
  const c = structuredClone(d);
  assert.notStrictEqual(c, d);
  assert.strictEqual(c.getTime(), 1234);
  const r = /ab+c/gi;
  r.lastIndex = 3;
  r.extra = 1;
  const rc = structuredClone(r);
  assert.strictEqual(rc.source, 'ab+c');
  assert.strictEqual(rc.flags, 'gi');
  assert.strictEqual(rc.lastIndex, 0);
  assert.strictEqual(rc.extra, undefined);
}
{
  const key = { k: 1 };
  const m = new Map([[key, new Set([1, key])]]);
  const c = structuredClone(m);
  const [[ck, cv]] = [...c];
  assert.deepStrictEqual(ck, { k: 1 });
  assert.ok(cv.has(ck)); // the same object inside keeps one identity
  class MyMap extends Map {}
  assert.strictEqual(Object.getPrototypeOf(structuredClone(new MyMap())), Map.prototype);
}
{
  const a = [1, , 3];
  a.extra = 'x';
  const c = structuredClone(a);
  assert.strictEqual(c.length, 3);
  assert.ok(!(1 in c));
  assert.strictEqual(c.extra, 'x');
}
{
  let calls = 0;
  const o = { get g() { calls++; return 42; }, [Symbol('s')]: 1 };
  Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
  const c = structuredClone(o);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'g'),
                         { value: 42, writable: true, enumerable: true, configurable: true });
  assert.strictEqual(calls, 1);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(c), []);
  assert.ok(!('hidden' in c));
  assert.deepStrictEqual(Object.keys(structuredClone({ b: 1, 2: 'x', a: 2, 1: 'y' })), ['1', '2', 'b', 'a']);
}
{
  class P {
    constructor() { this.x = 1; }
    get y() { return 2; }
  }
  const c = structuredClone(new P());
  assert.strictEqual(Object.getPrototypeOf(c), Object.prototype);
  assert.deepStrictEqual(c, { x: 1 });
  const inherited = Object.assign(Object.create({ inh: 1 }), { own: 2 });
  assert.deepStrictEqual(structuredClone(inherited), { own: 2 });
}
{
  const o = { name: 'o' };
  o.self = o;
  const c = structuredClone({ a: o, b: o });
  assert.strictEqual(c.a, c.b);
  assert.strictEqual(c.a.self, c.a);
  assert.notStrictEqual(c.a, o);
}
{
  const e = new TypeError('bad', { cause: { why: 1 } });
  e.extra = 1;
  const c = structuredClone(e);
  assert.ok(c instanceof TypeError);
  assert.strictEqual(c.message, 'bad');
  assert.strictEqual(c.stack, e.stack);
  assert.deepStrictEqual(c.cause, { why: 1 });
  assert.strictEqual(c.extra, undefined);
  assert.deepStrictEqual(Object.getOwnPropertyNames(c).sort(), ['cause', 'message', 'stack']);
  assert.strictEqual(Object.getOwnPropertyDescriptor(c, 'message').enumerable, false);
  class MyErr extends RangeError {}
  assert.strictEqual(Object.getPrototypeOf(structuredClone(new MyErr('x'))), RangeError.prototype);
  const named = new Error('x');
  named.name = 'Foo';
  assert.strictEqual(Object.getPrototypeOf(structuredClone(named)), Error.prototype);
  assert.ok(!Object.hasOwn(structuredClone(new Error()), 'message'));
}
{
  const e = new DOMException('test', 'DataCloneError');
  const c = structuredClone(e);
  assert.ok(c instanceof DOMException);
  assert.strictEqual(c.name, 'DataCloneError');
  assert.strictEqual(c.message, 'test');
  assert.strictEqual(c.code, 25);
  assert.strictEqual(c.stack, e.stack);
  const fake = Object.setPrototypeOf({}, DOMException.prototype);
  assert.ok(!(structuredClone(fake) instanceof DOMException));
}
