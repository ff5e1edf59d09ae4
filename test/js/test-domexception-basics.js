'use strict';
// DOMException: name/message/code getters, the legacy code constants, options with cause,
// Error-ness, subclasses and receiver checks.
const assert = require('assert');
const { inspect } = require('util');

{
  const e = new DOMException('msg', 'NotFoundError');
  assert.strictEqual(e.name, 'NotFoundError');
  assert.strictEqual(e.message, 'msg');
  assert.strictEqual(e.code, 8);
  assert.ok(e instanceof Error);
  assert.ok(e instanceof DOMException);
  assert.strictEqual(typeof e.stack, 'string');
  assert.match(e.stack, /^NotFoundError: msg\n/);
  assert.strictEqual(String(e), 'NotFoundError: msg');
  assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
  assert.deepStrictEqual(Object.keys(e), []);
  assert.ok(!Object.hasOwn(e, 'message'));
  assert.match(inspect(e), /^DOMException \[NotFoundError\]: msg\n/);
}
{
  const e = new DOMException();
  assert.strictEqual(e.message, '');
  assert.strictEqual(e.name, 'Error');
  assert.strictEqual(e.code, 0);
  assert.strictEqual(new DOMException('m', 'Custom').code, 0);
  assert.strictEqual(new DOMException(undefined).message, '');
  assert.strictEqual(new DOMException('m', null).name, 'null');
  assert.strictEqual(new DOMException('m', {}).name, 'undefined');
  assert.strictEqual(new DOMException('m', { name: 'DataCloneError' }).code, 25);
  assert.throws(() => new DOMException(Symbol('s')), TypeError);
  assert.throws(() => DOMException('x'), TypeError);
}
{
  assert.ok(!('cause' in new DOMException('m', 'AbortError')));
  const withCause = new DOMException('m', { name: 'AbortError', cause: undefined });
  assert.ok('cause' in withCause);
  const cause = { a: 1 };
  const d = Object.getOwnPropertyDescriptor(new DOMException('m', { cause }), 'cause');
  assert.deepStrictEqual(d, { value: cause, writable: true, enumerable: false, configurable: true });
}
{
  const names = [
    'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
    'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
    'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
    'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR',
    'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
    'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
  ];
  names.forEach((name, i) => {
    assert.strictEqual(DOMException[name], i + 1);
    assert.strictEqual(DOMException.prototype[name], i + 1);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException, name),
                           { value: i + 1, writable: false, enumerable: true, configurable: false });
  });
  const pairs = [['IndexSizeError', 1], ['HierarchyRequestError', 3], ['InvalidCharacterError', 5],
    ['SyntaxError', 12], ['NetworkError', 19], ['AbortError', 20], ['TimeoutError', 23],
    ['DataCloneError', 25], ['NotAllowedError', 0]];
  for (const [name, code] of pairs) assert.strictEqual(new DOMException('', name).code, code);
}
{
  for (const key of ['name', 'message', 'code']) {
    const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
    assert.strictEqual(typeof d.get, 'function');
    assert.strictEqual(d.enumerable, true);
    assert.throws(() => d.get.call({}), {
      name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of DOMException',
    });
  }
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
                         { value: 'DOMException', writable: false, enumerable: false, configurable: true });
}
{
  class MyDOMException extends DOMException {
    #reason = 'hello';
    constructor() {
      super('my message', 'NotFoundError');
      this.own = 1;
    }
    get reason() { return this.#reason; }
  }
  const e = new MyDOMException();
  assert.ok(e instanceof MyDOMException && e instanceof DOMException && e instanceof Error);
  assert.strictEqual(e.reason, 'hello');
  assert.strictEqual(e.code, 8);
  assert.strictEqual(e.own, 1);
}
