'use strict';
// structuredClone: DataCloneError for what cannot be cloned, the options/transfer checks, and
// transferring ArrayBuffers; typed arrays and DataViews keep sharing their (cloned) buffer.
const assert = require('assert');

function dataCloneError(message) {
  return (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    return true;
  };
}

assert.throws(() => structuredClone(Symbol('foo')), dataCloneError('Symbol(foo) could not be cloned.'));
assert.throws(() => structuredClone(function foo() { return 1; }),
              dataCloneError('function foo() { return 1; } could not be cloned.'));
assert.throws(() => structuredClone({ f: () => 1 }), dataCloneError('() => 1 could not be cloned.'));
assert.throws(() => structuredClone(new WeakMap()), dataCloneError('#<WeakMap> could not be cloned.'));
assert.throws(() => structuredClone(new WeakSet()), dataCloneError('#<WeakSet> could not be cloned.'));
assert.throws(() => structuredClone(new WeakRef({})), dataCloneError('#<WeakRef> could not be cloned.'));
assert.throws(() => structuredClone(Promise.resolve()), dataCloneError('#<Promise> could not be cloned.'));
assert.throws(() => structuredClone(new Proxy({}, {})), dataCloneError('#<Object> could not be cloned.'));
assert.throws(() => structuredClone(Object(Symbol('x'))), dataCloneError('[object Symbol] could not be cloned.'));
assert.throws(() => structuredClone(new Map().keys()), dataCloneError('[object Map Iterator] could not be cloned.'));
assert.throws(() => structuredClone(globalThis), dataCloneError('#<Object> could not be cloned.'));
{
  const o = {};
  Object.defineProperty(o, 'x', { get() { throw new Error('getter'); }, enumerable: true });
  assert.throws(() => structuredClone(o), { message: 'getter' });
}

const prefix = "Failed to execute 'structuredClone'";
assert.throws(() => structuredClone(1, 1), {
  code: 'ERR_INVALID_ARG_TYPE', message: `${prefix}: Options cannot be converted to a dictionary`,
});
for (const transfer of [1, '', null]) {
  assert.throws(() => structuredClone(1, { transfer }), {
    code: 'ERR_INVALID_ARG_TYPE', message: `${prefix}: transfer in Options cannot be converted to sequence.`,
  });
}
assert.strictEqual(structuredClone(1, null), 1);
assert.deepStrictEqual(structuredClone({}, { transfer: { *[Symbol.iterator]() {} } }), {});
assert.throws(() => structuredClone(1, { transfer: [{}] }), dataCloneError('Found invalid value in transferList.'));
assert.throws(() => structuredClone(1, { transfer: [new SharedArrayBuffer(1)] }),
              dataCloneError('Found invalid value in transferList.'));
{
  const e = new DOMException('x');
  assert.throws(() => structuredClone(e, { transfer: [e] }), { name: 'DataCloneError' });
}

// ArrayBuffers and views
{
  const buf = new ArrayBuffer(8);
  new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const u = new Uint8Array(buf, 2, 4);
  const dv = new DataView(buf, 1);
  const c = structuredClone({ u, dv, buf });
  assert.notStrictEqual(c.buf, buf);
  assert.strictEqual(c.u.buffer, c.buf);
  assert.strictEqual(c.dv.buffer, c.buf);
  assert.strictEqual(c.u.byteOffset, 2);
  assert.deepStrictEqual([...c.u], [3, 4, 5, 6]);
  assert.strictEqual(c.dv.byteLength, 7);
  new Uint8Array(buf)[0] = 99;
  assert.strictEqual(new Uint8Array(c.buf)[0], 1);
  assert.strictEqual(Object.getPrototypeOf(structuredClone(new (class extends Uint8Array {})(2))), Uint8Array.prototype);
  assert.deepStrictEqual(structuredClone(new BigInt64Array([1n, -2n])), new BigInt64Array([1n, -2n]));
}
{
  const buf = new ArrayBuffer(8);
  const view = new Uint8Array(buf, 4);
  view[0] = 7;
  const c = structuredClone(view, { transfer: [buf] });
  assert.strictEqual(buf.byteLength, 0);
  assert.strictEqual(buf.detached, true);
  assert.strictEqual(c.buffer.byteLength, 8);
  assert.strictEqual(c.byteOffset, 4);
  assert.strictEqual(c[0], 7);
  assert.throws(() => structuredClone(buf), dataCloneError('An ArrayBuffer is detached and could not be cloned.'));
  assert.throws(() => structuredClone(1, { transfer: [buf] }),
                dataCloneError('Cannot transfer object of unsupported type.'));
}
{
  const buf = new ArrayBuffer(4);
  assert.throws(() => structuredClone(buf, { transfer: [buf, buf] }),
                dataCloneError('Transfer list contains duplicate ArrayBuffer'));
  assert.strictEqual(buf.detached, false);
  // A failed clone transfers nothing
  assert.throws(() => structuredClone({ buf, f() {} }, { transfer: [buf] }), { name: 'DataCloneError' });
  assert.strictEqual(buf.detached, false);
}
{
  const r = new ArrayBuffer(4, { maxByteLength: 16 });
  const c = structuredClone(r);
  assert.strictEqual(c.resizable, true);
  assert.strictEqual(c.maxByteLength, 16);
  const sab = new SharedArrayBuffer(4);
  const sc = structuredClone(sab);
  assert.ok(sc instanceof SharedArrayBuffer);
  new Uint8Array(sab)[0] = 5;
  assert.strictEqual(new Uint8Array(sc)[0], 5); // still shared memory
}
