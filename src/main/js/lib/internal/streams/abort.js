'use strict';

// The AbortController the stream helpers create for themselves (for the `signal` they pass to
// user functions). Uses the global one when the runtime has it; otherwise a minimal
// controller/signal pair with the same observable interface (aborted, reason, throwIfAborted,
// addEventListener/removeEventListener/onabort for 'abort').

const { AbortError } = require('internal/errors');

class StreamAbortSignal {
  #listeners = [];
  constructor() {
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
  addEventListener(type, listener, options) {
    if (type !== 'abort' || listener == null) return;
    if (this.#listeners.some((l) => l.listener === listener)) return;
    this.#listeners.push({ listener, once: !!options?.once });
  }
  removeEventListener(type, listener) {
    if (type !== 'abort') return;
    this.#listeners = this.#listeners.filter((l) => l.listener !== listener);
  }
  abortWith(reason) {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const event = { type: 'abort', target: this };
    if (typeof this.onabort === 'function') this.onabort(event);
    const listeners = this.#listeners;
    this.#listeners = listeners.filter((l) => !l.once);
    for (const { listener } of listeners) {
      if (typeof listener === 'function') listener.call(this, event);
      else listener.handleEvent(event);
    }
  }
}

function newAbortController() {
  if (typeof globalThis.AbortController === 'function') return new globalThis.AbortController();
  const signal = new StreamAbortSignal();
  return {
    signal,
    abort(reason = new AbortError('This operation was aborted')) {
      signal.abortWith(reason);
    },
  };
}

module.exports = { newAbortController };
