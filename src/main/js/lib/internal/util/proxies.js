'use strict';

// The target and handler of each proxy made with this realm's Proxy, for util.inspect: Node
// formats a proxy by reading its target directly, never running a trap, and `showProxy` shows
// the target and the handler. The engine offers JS no way to reach them, so the global Proxy is
// replaced at start-up by a constructor that records them (weakly) and otherwise behaves as the
// original: constructible only with `new`, no `prototype`, `Proxy.revocable`. A revoked proxy's
// record is dropped, as V8 drops the target.

const records = new WeakMap();

function installProxyTracking(g) {
  const OriginalProxy = g.Proxy;
  const originalRevocable = OriginalProxy.revocable;

  // A bound function is constructible and has no `prototype` property, as Proxy.
  const Proxy = function(target, handler) {
    if (new.target === undefined) throw new TypeError("Constructor Proxy requires 'new'");
    const proxy = new OriginalProxy(target, handler);
    records.set(proxy, { target, handler });
    return proxy;
  }.bind(undefined);

  function revocable(target, handler) {
    const result = Reflect.apply(originalRevocable, OriginalProxy, [target, handler]);
    const { proxy, revoke } = result;
    records.set(proxy, { target, handler });
    result.revoke = function() {
      records.delete(proxy);
      revoke();
    };
    return result;
  }

  Object.defineProperty(Proxy, 'name', { value: 'Proxy', configurable: true });
  Object.defineProperty(Proxy, 'length', { value: 2, configurable: true });
  Object.defineProperty(Proxy, 'revocable', {
    value: revocable, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(g, 'Proxy', { value: Proxy, writable: true, enumerable: false, configurable: true });
}

// { target, handler } of a live proxy made here, or undefined.
function getProxyDetails(proxy) {
  return records.get(proxy);
}

module.exports = { installProxyTracking, getProxyDetails };
