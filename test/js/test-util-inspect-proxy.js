'use strict';
// util.inspect formats a proxy from its target, without running any trap; showProxy shows the
// target and the handler. The global Proxy still behaves as the built-in one.
const assert = require('assert');
const util = require('util');

let trapCalls = 0;
const target = { a: 1, get b() { return 2; } };
const proxy = new Proxy(target, {
  get(obj, key) {
    trapCalls++;
    if (obj[key] === undefined) throw new Error(`no property ${String(key)}`);
    return obj[key];
  },
  ownKeys() { trapCalls++; return []; },
});

assert.strictEqual(util.inspect(proxy), 'Proxy({ a: 1, b: [Getter] })');
assert.strictEqual(util.inspect({ x: proxy }), '{ x: Proxy({ a: 1, b: [Getter] }) }');
assert.strictEqual(util.inspect(proxy, { showProxy: true }),
                   'Proxy [\n  { a: 1, b: [Getter] },\n' +
                   '  { get: [Function: get], ownKeys: [Function: ownKeys] }\n]');
assert.strictEqual(util.inspect(new Proxy({}, {}), { showProxy: true }), 'Proxy [ {}, {} ]');
assert.strictEqual(util.inspect(new Proxy([1, 2], {})), 'Proxy([ 1, 2 ])');
assert.strictEqual(util.inspect(new Proxy(proxy, {})), 'Proxy(Proxy({ a: 1, b: [Getter] }))');
assert.strictEqual(trapCalls, 0);

const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
assert.strictEqual(util.inspect(revoked), '<Revoked Proxy>');
assert.throws(() => revoked.x, TypeError);

assert.strictEqual(Proxy.name, 'Proxy');
assert.strictEqual(Proxy.length, 2);
assert.strictEqual('prototype' in Proxy, false);
assert.throws(() => Proxy({}, {}), TypeError);
assert.throws(() => { class X extends Proxy {} return X; }, TypeError);
assert.ok(util.types.isProxy(proxy));
assert.strictEqual(proxy.a, 1);
