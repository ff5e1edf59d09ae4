'use strict';

// The DOMException that atob/btoa (and Blob) throw. When the runtime has a global DOMException
// that one is used; otherwise this minimal one (name, message, legacy code; an Error subclass).

const legacyCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

const state = new WeakMap(); // exception -> { name, message }

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    const st = { name: 'Error', message: `${message}` };
    state.set(this, st);
    if (options !== null && typeof options === 'object') {
      st.name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
      }
    } else {
      st.name = `${options}`;
    }
    const stack = this.stack;
    if (typeof stack === 'string') {
      const at = stack.indexOf('\n    at ');
      Object.defineProperty(this, 'stack', {
        value: `${st.name}: ${st.message}${at === -1 ? '' : stack.slice(at)}`,
        writable: true, enumerable: false, configurable: true,
      });
    }
  }

  get name() { return state.get(this)?.name; }
  get message() { return state.get(this)?.message; }
  get code() { return legacyCodes[state.get(this)?.name] || 0; }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

function makeDOMException(message, name) {
  let Ctor;
  try {
    Ctor = globalThis.DOMException;
  } catch {
    Ctor = undefined;
  }
  if (typeof Ctor !== 'function') Ctor = DOMException;
  return new Ctor(message, name);
}

module.exports = { DOMException, makeDOMException };
