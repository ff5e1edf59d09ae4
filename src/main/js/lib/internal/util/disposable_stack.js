'use strict';

// SuppressedError, DisposableStack and AsyncDisposableStack (ECMAScript explicit resource
// management), which Node 26's engine has as globals and GraalJS 25 lacks. The `using` syntax
// cannot be added from JS; these classes work without it. Messages are V8's.

const kState = Symbol('kState'); // { disposed, stack: [{ value, method }] } — private to this file

class SuppressedError extends Error {
  constructor(error, suppressed, message) {
    super(message);
    Object.defineProperty(this, 'error', { value: error, writable: true, enumerable: false, configurable: true });
    Object.defineProperty(this, 'suppressed', {
      value: suppressed, writable: true, enumerable: false, configurable: true,
    });
  }
}
Object.defineProperty(SuppressedError.prototype, 'name', {
  value: 'SuppressedError', writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(SuppressedError.prototype, 'message', {
  value: '', writable: true, enumerable: false, configurable: true,
});

function stateOf(stack, Class, method) {
  const state = stack?.[kState];
  if (state === undefined || !(stack instanceof Class)) {
    throw new TypeError(`Method ${Class.name}.prototype.${method} called on incompatible receiver ${String(stack)}`);
  }
  return state;
}

function checkNotDisposed(state, Class, method) {
  if (state.disposed) {
    throw new ReferenceError(`Cannot call ${Class.name}.prototype.${method} on an already-disposed ${Class.name}`);
  }
}

function checkCallable(fn) {
  if (typeof fn !== 'function') throw new TypeError(`${describe(fn)} is not a function`);
}

function describe(value) {
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'function') return value.name ? `function ${value.name}` : 'function';
  if (value !== null && typeof value === 'object') return '#<Object>';
  return String(value);
}

// The error that ends a disposal: the first one as is, each later one wrapping the earlier.
function combine(previous, hasPrevious, error) {
  if (!hasPrevious) return error;
  return new SuppressedError(error, previous, 'An error was suppressed during disposal');
}

function disposeMethodOf(value, key) {
  const method = value[key];
  if (typeof method !== 'function') throw new TypeError(`${key.toString()} is not a function`);
  return method;
}

// Shared by both stacks: adopt, defer and move. `Class` is the stack's own class.
function defineCommon(Class) {
  Object.defineProperties(Class.prototype, {
    disposed: {
      get: function disposed() { return stateOf(this, Class, 'disposed').disposed; },
      enumerable: false, configurable: true,
    },
  });
  const methods = {
    adopt(value, onDispose) {
      const state = stateOf(this, Class, 'adopt');
      checkNotDisposed(state, Class, 'adopt');
      checkCallable(onDispose);
      state.stack.push({ value: undefined, method: () => onDispose(value) });
      return value;
    },
    defer(onDispose) {
      const state = stateOf(this, Class, 'defer');
      checkNotDisposed(state, Class, 'defer');
      checkCallable(onDispose);
      state.stack.push({ value: undefined, method: onDispose });
      return undefined;
    },
    move() {
      const state = stateOf(this, Class, 'move');
      checkNotDisposed(state, Class, 'move');
      const moved = new Class();
      moved[kState].stack = state.stack;
      state.stack = [];
      state.disposed = true;
      return moved;
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, {
      value: methods[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

class DisposableStack {
  constructor() {
    Object.defineProperty(this, kState, { value: { disposed: false, stack: [] } });
  }

  use(value) {
    const state = stateOf(this, DisposableStack, 'use');
    checkNotDisposed(state, DisposableStack, 'use');
    if (value === null || value === undefined) return value;
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw new TypeError('An object is expected with `using` declarations');
    }
    state.stack.push({ value, method: disposeMethodOf(value, Symbol.dispose) });
    return value;
  }

  dispose() {
    const state = stateOf(this, DisposableStack, 'dispose');
    if (state.disposed) return undefined;
    state.disposed = true;
    const stack = state.stack;
    state.stack = [];
    let error;
    let failed = false;
    for (let i = stack.length - 1; i >= 0; i--) {
      try {
        Reflect.apply(stack[i].method, stack[i].value, []);
      } catch (e) {
        error = combine(error, failed, e);
        failed = true;
      }
    }
    if (failed) throw error;
    return undefined;
  }
}
defineCommon(DisposableStack);
Object.defineProperty(DisposableStack.prototype, Symbol.dispose, {
  value: DisposableStack.prototype.dispose, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(DisposableStack.prototype, Symbol.toStringTag, {
  value: 'DisposableStack', writable: false, enumerable: false, configurable: true,
});

class AsyncDisposableStack {
  constructor() {
    Object.defineProperty(this, kState, { value: { disposed: false, stack: [] } });
  }

  use(value) {
    const state = stateOf(this, AsyncDisposableStack, 'use');
    checkNotDisposed(state, AsyncDisposableStack, 'use');
    if (value === null || value === undefined) {
      // still awaited at disposal (one more turn), as `await using x = null` is
      state.stack.push({ value: undefined, method: undefined });
      return value;
    }
    if (typeof value !== 'object' && typeof value !== 'function') {
      throw new TypeError('An object is expected with `using` declarations');
    }
    let method = value[Symbol.asyncDispose];
    if (method === undefined || method === null) {
      // a sync disposer: called, its result not awaited
      const sync = disposeMethodOf(value, Symbol.dispose);
      method = function() { Reflect.apply(sync, this, []); };
    } else if (typeof method !== 'function') {
      throw new TypeError(`${Symbol.asyncDispose.toString()} is not a function`);
    }
    state.stack.push({ value, method });
    return value;
  }

  async disposeAsync() {
    const state = stateOf(this, AsyncDisposableStack, 'disposeAsync');
    if (state.disposed) return undefined;
    state.disposed = true;
    const stack = state.stack;
    state.stack = [];
    let error;
    let failed = false;
    for (let i = stack.length - 1; i >= 0; i--) {
      try {
        const { method, value } = stack[i];
        await (method === undefined ? undefined : Reflect.apply(method, value, []));
      } catch (e) {
        error = combine(error, failed, e);
        failed = true;
      }
    }
    if (failed) throw error;
    return undefined;
  }
}
defineCommon(AsyncDisposableStack);
Object.defineProperty(AsyncDisposableStack.prototype, Symbol.asyncDispose, {
  value: AsyncDisposableStack.prototype.disposeAsync, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(AsyncDisposableStack.prototype, Symbol.toStringTag, {
  value: 'AsyncDisposableStack', writable: false, enumerable: false, configurable: true,
});

// Class methods are already non-enumerable; use/dispose/disposeAsync keep their names.
module.exports = { AsyncDisposableStack, DisposableStack, SuppressedError };
