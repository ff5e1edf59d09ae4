'use strict';

// node:diagnostics_channel — named channels for publishing diagnostic messages, and tracing
// channels (start/end/asyncStart/asyncEnd/error). Pure JS. Stores bound with bindStore() need
// AsyncLocalStorage, which jnode does not have yet, so bindStore() throws ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map();

class Channel {
  constructor(name) {
    this._subscribers = [];
    this.name = name;
  }

  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && instance._isDiagnosticsChannel === true;
  }

  get _isDiagnosticsChannel() {
    return true;
  }

  get hasSubscribers() {
    return this._subscribers.length > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // copy on write: a publish in progress keeps its list
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    const next = this._subscribers.slice();
    next.splice(index, 1);
    this._subscribers = next;
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }

  bindStore(store, transform) {
    throw new ERR_NOT_IMPLEMENTED('diagnostics_channel Channel.bindStore() (needs AsyncLocalStorage)');
  }

  unbindStore(store) {
    return false;
  }

  runStores(data, fn, thisArg, ...args) {
    this.publish(data);
    return Reflect.apply(fn, thisArg, args);
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  const ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  const ch = channels.get(name);
  return ch ? ch.unsubscribe(subscription) : false;
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch ? ch.hasSubscribers : false;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const ev of traceEvents) this[ev] = channel(`tracing:${nameOrChannels}:${ev}`);
    } else if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
      for (const ev of traceEvents) {
        const ch = nameOrChannels[ev];
        if (!(ch instanceof Channel)) {
          throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${ev}`, 'Channel', ch);
        }
        this[ev] = ch;
      }
    } else {
      throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((ev) => this[ev].hasSubscribers);
  }

  subscribe(handlers) {
    for (const ev of traceEvents) if (handlers[ev]) this[ev].subscribe(handlers[ev]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const ev of traceEvents) {
      if (handlers[ev] && !this[ev].unsubscribe(handlers[ev])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    start.publish(context);
    try {
      const result = Reflect.apply(fn, thisArg, args);
      context.result = result;
      return result;
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    start.publish(context);
    try {
      let promise = Reflect.apply(fn, thisArg, args);
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(resolve, reject);
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      asyncStart.publish(context);
      try {
        return Reflect.apply(callback, this, arguments);
      } finally {
        asyncEnd.publish(context);
      }
    }
    args.splice(position, 1, wrappedCallback);
    start.publish(context);
    try {
      return Reflect.apply(fn, thisArg, args);
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
