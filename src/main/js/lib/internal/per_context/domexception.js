'use strict';

// DOMException (WebIDL): an Error whose name, message and code are brand-checked getters on the
// prototype, with the legacy numeric constants on both the constructor and the prototype.
// Instances are made by the Error constructor itself (with new.target as prototype source) so that
// they carry the engine's error data: a stack, and Error.isError() answers true.

// [legacy constant name, exception name] in code order: the code of each is its index + 1.
const legacyCodes = [
  ['INDEX_SIZE_ERR', 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', 'DOMStringSizeError'],
  ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', 'NoDataAllowedError'],
  ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 'InvalidStateError'],
  ['SYNTAX_ERR', 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 'InvalidModificationError'],
  ['NAMESPACE_ERR', 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 'InvalidAccessError'],
  ['VALIDATION_ERR', 'ValidationError'],
  ['TYPE_MISMATCH_ERR', 'TypeMismatchError'],
  ['SECURITY_ERR', 'SecurityError'],
  ['NETWORK_ERR', 'NetworkError'],
  ['ABORT_ERR', 'AbortError'],
  ['URL_MISMATCH_ERR', 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError'],
  ['TIMEOUT_ERR', 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 'DataCloneError'],
];

const codeByName = new Map();
for (let i = 0; i < legacyCodes.length; i++) codeByName.set(legacyCodes[i][1], i + 1);

// instance -> { name, message }
const internals = new WeakMap();

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function stateOf(self) {
  const s = (typeof self === 'object' && self !== null) ? internals.get(self) : undefined;
  if (s === undefined) throw invalidThis();
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (new.target === undefined) {
      throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
    }
    const msg = `${message}`;
    let name;
    let hasCause = false;
    let cause;
    if (options !== null && typeof options === 'object') {
      name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      name = `${options}`;
    }
    const self = Reflect.construct(Error, [], new.target);
    internals.set(self, { name, message: msg });
    if (hasCause) {
      Object.defineProperty(self, 'cause', { value: cause, writable: true, enumerable: false, configurable: true });
    }
    return self;
  }

  get name() {
    return stateOf(this).name;
  }

  get message() {
    return stateOf(this).message;
  }

  get code() {
    return codeByName.get(stateOf(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  d.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, d);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (let i = 0; i < legacyCodes.length; i++) {
  const desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, legacyCodes[i][0], desc);
  Object.defineProperty(DOMException.prototype, legacyCodes[i][0], desc);
}

function isDOMException(value) {
  return typeof value === 'object' && value !== null && internals.has(value);
}

// The parts structuredClone keeps of a DOMException: { name, message, stack, hasCause, cause }.
function getDOMExceptionData(value) {
  return internals.get(value);
}

module.exports = { DOMException, isDOMException, getDOMExceptionData };
