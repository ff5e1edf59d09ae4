'use strict';

// node:readline — line-by-line reading of a stream, with a line editor for terminals.

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const { validateAbortSignal } = require('internal/validators');
const { InterfaceConstructor } = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

// Callable with or without `new`, as Node's is.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  return Reflect.construct(InterfaceConstructor, [input, output, completer, terminal], new.target || Interface);
}
Object.setPrototypeOf(Interface.prototype, InterfaceConstructor.prototype);
Object.setPrototypeOf(Interface, InterfaceConstructor);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this._questionCancel();
      signal.addEventListener('abort', onAbort, { once: true });
      const userCb = cb;
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        userCb(answer);
      };
    }
  }
  if (typeof cb === 'function') this._question(query, cb);
};

Object.defineProperty(Interface.prototype.question, kPromisifyCustom, {
  __proto__: null,
  configurable: true, enumerable: true, writable: true,
  value: function question(query, options) {
    return this._questionPromise(query, options);
  },
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return require('readline/promises'); },
});
