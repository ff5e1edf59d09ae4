'use strict';

// node:assert. The module itself is the legacy-mode `assert` function; `assert.strict` is the
// strict-mode variant and `assert.Assert` builds instances with their own options. The methods
// are shared: each one looks for options on its receiver (an Assert instance) and otherwise
// uses the defaults of the object it was taken from.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');
const { AssertionError, frameLocation, isAssertFrame } = require('internal/assert/assertion_error');
const {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
  types: { isError, isPromise, isRegExp },
} = require('internal/util/comparisons');

let utilInspect;
function inspectModule() {
  if (utilInspect === undefined) utilInspect = require('internal/util/inspect');
  return utilInspect;
}
const inspect = (value, options) => inspectModule().inspect(value, options);
const format = (...args) => inspectModule().format(...args);

const kOptions = Symbol('options');
const NO_EXCEPTION = {};

function optionsOf(self) {
  if ((typeof self === 'object' && self !== null) || typeof self === 'function') {
    if (Object.prototype.hasOwnProperty.call(self, kOptions)) return self[kOptions];
  }
  return undefined;
}

function diffOf(self) {
  const opts = optionsOf(self);
  return opts !== undefined && opts.diff !== undefined ? opts.diff : 'simple';
}

function isStrictReceiver(self) {
  const opts = optionsOf(self);
  return opts !== undefined && opts.strict === true;
}

function skipsPrototype(self) {
  const opts = optionsOf(self);
  return opts !== undefined && opts.skipPrototype === true;
}

// ---- messages ----

// `parts` is what followed the compared values: nothing, a string (plus printf arguments), an
// Error (thrown as it is) or a function computing the message from (actual, expected).
function resolveMessage(parts, actual, expected) {
  if (parts.length === 0) return undefined;
  const first = parts[0];
  if (typeof first === 'string') {
    return parts.length === 1 ? first : format(...parts);
  }
  if (isError(first)) {
    if (parts.length > 1) {
      throw new ERR_AMBIGUOUS_ARGUMENT('message',
        `The error message was passed as error object "${String(first)}" has trailing arguments that would be ignored.`);
    }
    return first;
  }
  if (typeof first === 'function') {
    if (parts.length > 1) {
      throw new ERR_AMBIGUOUS_ARGUMENT('message',
        `The error message with function "${first.name || 'anonymous'}" has trailing arguments that would be ignored.`);
    }
    let text;
    try {
      text = first(actual, expected);
    } catch {
      return undefined;
    }
    return typeof text === 'string' ? text : undefined;
  }
  throw new ERR_INVALID_ARG_TYPE('message', ['string', 'function'], first);
}

function fail_(details) {
  const { message } = details;
  if (message instanceof Error) throw message;
  throw new AssertionError(details);
}

function failComparison(self, actual, expected, parts, operator, stackStartFn) {
  const message = resolveMessage(parts, actual, expected);
  fail_({ actual, expected, message, operator, stackStartFn, diff: diffOf(self) });
}

// ---- ok() and the source of the failing call ----

let fsBinding;
function readSource(file) {
  const evalText = require('internal/process/execution').evalSourceText(file);
  if (evalText !== undefined) return evalText;
  try {
    if (fsBinding === undefined) fsBinding = internalBinding('fs');
    const text = fsBinding.readFileUtf8(file, {});
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

// The caller of `fn`: [file, line, column] (line and column 1-based), or undefined.
function callSite(fn) {
  let frame;
  if (typeof Error.captureStackTrace === 'function') {
    const holder = {};
    const limit = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 1;
      Error.captureStackTrace(holder, fn);
    } catch {
      return undefined;
    } finally {
      Error.stackTraceLimit = limit;
    }
    if (typeof holder.stack !== 'string') return undefined;
    frame = holder.stack.split('\n').find((l) => /^\s+at /.test(l));
  } else {
    // No way to cut the stack at `fn`: take the first frame outside the assert module.
    const stack = new Error().stack;
    if (typeof stack !== 'string') return undefined;
    frame = stack.split('\n').find((l) => /^\s+at /.test(l) && !isAssertFrame(l));
  }
  if (frame === undefined) return undefined;
  const m = /^(.*):(\d+):(\d+)$/.exec(frameLocation(frame));
  if (m === null) return undefined;
  let file = m[1];
  if (file.startsWith('file://')) {
    try {
      file = decodeURIComponent(new URL(file).pathname);
    } catch {
      return undefined;
    }
  }
  if (!file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file) &&
      require('internal/process/execution').evalSourceText(file) === undefined) return undefined;
  const line = Number(m[2]);
  let column = Number(m[3]);
  if (line === 1) column -= require('internal/modules/cjs/loader').firstLineColumnShift(file);
  return [file, line, column];
}

const IDENT = /[\p{ID_Continue}$\u200c\u200d]/u;

// Index just past the string/template/comment/regex starting at `i`, or -1 at end of line.
function skipLiteral(text, i) {
  const c = text[i];
  if (c === '"' || c === "'") {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === c) return j + 1;
    }
    return -1;
  }
  if (c === '`') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') {
        j++;
      } else if (text[j] === '`') {
        return j + 1;
      } else if (text[j] === '$' && text[j + 1] === '{') {
        const end = scanBalanced(text, j + 1);
        if (end === -1) return -1;
        j = end - 1;
      }
    }
    return -1;
  }
  return -1;
}

function regexAllowedAfter(text, i) {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  if (j < 0) return true;
  return '(,=:[!&|?{};+-*%<>~^'.includes(text[j]);
}

// From an opening bracket at `i`, the index just past its partner, or -1 at end of line.
function scanBalanced(text, i) {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"' || c === "'" || c === '`') {
      const end = skipLiteral(text, j);
      if (end === -1) return -1;
      j = end - 1;
    } else if (c === '/' && text[j + 1] === '/') {
      return -1;
    } else if (c === '/' && text[j + 1] === '*') {
      const end = text.indexOf('*/', j + 2);
      if (end === -1) return -1;
      j = end + 1;
    } else if (c === '/' && regexAllowedAfter(text, j)) {
      let inClass = false;
      let k = j + 1;
      for (; k < text.length; k++) {
        if (text[k] === '\\') k++;
        else if (text[k] === '[') inClass = true;
        else if (text[k] === ']') inClass = false;
        else if (text[k] === '/' && !inClass) break;
      }
      if (k >= text.length) return -1;
      j = k;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

// The call expression in `line` whose callee is at index `col`: as much of it as the line holds.
function callExpressionAt(line, col) {
  let start = col;
  while (start > 0 && IDENT.test(line[start - 1])) start--;
  // Walk back over `a.b`, `a?.b` and `a['b']` links of the callee.
  for (;;) {
    let j = start - 1;
    while (j >= 0 && line[j] === ' ') j--;
    if (j >= 0 && line[j] === '.') {
      let k = j - 1;
      if (k >= 0 && line[k] === '?') k--;
      while (k >= 0 && line[k] === ' ') k--;
      if (k >= 0 && IDENT.test(line[k])) {
        while (k > 0 && IDENT.test(line[k - 1])) k--;
        start = k;
        continue;
      }
      if (k >= 0 && line[k] === ']') {
        const open = matchingOpen(line, k);
        if (open === -1) break;
        start = open;
        continue;
      }
      break;
    }
    if (j >= 0 && line[j] === ']' && j === start - 1) {
      // `x['ok'](...)`: the column may point past the bracket; include the object.
      const open = matchingOpen(line, j);
      if (open === -1) break;
      let k = open;
      while (k > 0 && IDENT.test(line[k - 1])) k--;
      if (k === open) break;
      start = k;
      continue;
    }
    break;
  }
  // Forward: the callee, then the argument list.
  let i = start;
  while (i < line.length && line[i] !== '(') {
    if (line[i] === '[') {
      const end = scanBalanced(line, i);
      if (end === -1) return line.slice(start).trimEnd();
      i = end;
    } else {
      i++;
    }
  }
  if (i >= line.length) return line.slice(start).trimEnd();
  const end = scanBalanced(line, i);
  if (end === -1) return line.slice(start).trimEnd();
  return line.slice(start, end);
}

function matchingOpen(line, close) {
  let depth = 0;
  for (let j = close; j >= 0; j--) {
    if (line[j] === ']') depth++;
    else if (line[j] === '[') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function falsyValueMessage(fn) {
  const site = callSite(fn);
  if (site === undefined) return undefined;
  const [file, lineNo, column] = site;
  const source = readSource(file);
  if (source === undefined) return undefined;
  const lines = source.split(/\r?\n/);
  let line = lines[lineNo - 1];
  if (line === undefined) return undefined;
  let col = column - 1;
  if (lineNo === 1 && line.startsWith('#!')) line = ' '.repeat(line.length);
  if (col < 0 || col >= line.length) return undefined;
  const expr = callExpressionAt(line, col);
  if (expr.length === 0) return undefined;
  return `The expression evaluated to a falsy value:\n\n  ${expr}\n`;
}

function innerOk(self, fn, argCount, value, parts) {
  if (value) return;
  let message;
  let generated = false;
  if (argCount === 0) {
    generated = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (parts.length === 0 || parts[0] == null) {
    message = falsyValueMessage(fn);
    generated = true;
  } else {
    message = resolveMessage(parts, value, true);
    if (message instanceof Error) throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
    diff: diffOf(self),
  });
  err.generatedMessage = generated;
  throw err;
}

// ---- the assertions ----

function ok(...args) {
  innerOk(this, ok, args.length, args[0], args.slice(1));
}

function fail(message) {
  if (isError(message)) throw message;
  let generated = false;
  if (message === undefined) {
    message = 'Failed';
    generated = true;
  }
  const err = new AssertionError({
    message,
    operator: 'fail',
    stackStartFn: fail,
    diff: diffOf(this),
  });
  if (generated) err.generatedMessage = true;
  throw err;
}

function requireTwo(count) {
  if (count < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

function equal(actual, expected, ...message) {
  requireTwo(arguments.length);
  if (isStrictReceiver(this)) return strictEqualImpl(this, actual, expected, message, equal);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    failComparison(this, actual, expected, message, '==', equal);
  }
}

function notEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  if (isStrictReceiver(this)) return notStrictEqualImpl(this, actual, expected, message, notEqual);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    failComparison(this, actual, expected, message, '!=', notEqual);
  }
}

function deepEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  if (isStrictReceiver(this)) return deepStrictEqualImpl(this, actual, expected, message, deepEqual);
  if (!isDeepEqual(actual, expected)) {
    failComparison(this, actual, expected, message, 'deepEqual', deepEqual);
  }
}

function notDeepEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  if (isStrictReceiver(this)) return notDeepStrictEqualImpl(this, actual, expected, message, notDeepEqual);
  if (isDeepEqual(actual, expected)) {
    failComparison(this, actual, expected, message, 'notDeepEqual', notDeepEqual);
  }
}

function deepStrictEqualImpl(self, actual, expected, message, fn) {
  if (!isDeepStrictEqual(actual, expected, skipsPrototype(self))) {
    failComparison(self, actual, expected, message, 'deepStrictEqual', fn);
  }
}

function notDeepStrictEqualImpl(self, actual, expected, message, fn) {
  if (isDeepStrictEqual(actual, expected, skipsPrototype(self))) {
    failComparison(self, actual, expected, message, 'notDeepStrictEqual', fn);
  }
}

function strictEqualImpl(self, actual, expected, message, fn) {
  if (!Object.is(actual, expected)) {
    failComparison(self, actual, expected, message, 'strictEqual', fn);
  }
}

function notStrictEqualImpl(self, actual, expected, message, fn) {
  if (Object.is(actual, expected)) {
    failComparison(self, actual, expected, message, 'notStrictEqual', fn);
  }
}

function deepStrictEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  deepStrictEqualImpl(this, actual, expected, message, deepStrictEqual);
}

function notDeepStrictEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  notDeepStrictEqualImpl(this, actual, expected, message, notDeepStrictEqual);
}

function strictEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  strictEqualImpl(this, actual, expected, message, strictEqual);
}

function notStrictEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  notStrictEqualImpl(this, actual, expected, message, notStrictEqual);
}

function partialDeepStrictEqual(actual, expected, ...message) {
  requireTwo(arguments.length);
  if (!isPartialStrictEqual(actual, expected)) {
    failComparison(this, actual, expected, message, 'partialDeepStrictEqual', partialDeepStrictEqual);
  }
}

// ---- throws / rejects ----

// Own enumerable keys of `obj` among `keys`, with the values of a matching RegExp replaced by
// the actual string, so that the diff only shows real differences.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function checkErrorKey(self, actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
      diff: diffOf(self),
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  fail_({ actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self) });
}

function checkExpectedError(self, actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const text = String(actual);
      if (RegExp.prototype.exec.call(expected, text) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn, diff: diffOf(self),
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        checkErrorKey(self, actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self),
  });
  err.generatedMessage = generated;
  throw err;
}

const ERROR_TYPES = ['Object', 'Error', 'Function', 'RegExp'];

function expectError(self, fn, actual, args) {
  let [error, message] = args;
  if (typeof error === 'string') {
    if (args.length === 2) throw new ERR_INVALID_ARG_TYPE('error', ERROR_TYPES, error);
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ERROR_TYPES, error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const what = fn === rejects ? 'rejection' : 'exception';
    fail_({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: `Missing expected ${what}${details}`,
      stackStartFn: fn,
      diff: diffOf(self),
    });
  }
  if (!error) return;
  checkExpectedError(self, actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoError(self, fn, actual, args) {
  if (actual === NO_EXCEPTION) return;
  let [error, message] = args;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = fn === doesNotReject ? 'rejection' : 'exception';
    const actualMessage = actual === null || actual === undefined ? undefined : actual.message;
    fail_({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${what}${details}\nActual message: "${actualMessage}"`,
      stackStartFn: fn,
      diff: diffOf(self),
    });
  }
  throw actual;
}

function callForError(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}

function isThenable(value) {
  return isPromise(value) || (value !== null && typeof value === 'object' &&
    typeof value.then === 'function' && typeof value.catch === 'function');
}

async function settle(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}

function throws(promiseOrFn, ...args) {
  expectError(this, throws, callForError(promiseOrFn), args);
}

async function rejects(promiseFn, ...args) {
  expectError(this, rejects, await settle(promiseFn), args);
}

function doesNotThrow(fn, ...args) {
  expectNoError(this, doesNotThrow, callForError(fn), args);
}

async function doesNotReject(promiseFn, ...args) {
  expectNoError(this, doesNotReject, await settle(promiseFn), args);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
    diff: diffOf(this),
  });
  // Keep the frames of the original error below the ones of the assertion.
  const original = err.stack;
  if (typeof original === 'string') {
    const at = original.indexOf('\n    at');
    if (at !== -1) {
      const originalFrames = original.slice(at + 1).split('\n');
      let ownFrames = String(newErr.stack).split('\n');
      for (const frame of originalFrames) {
        const pos = ownFrames.indexOf(frame);
        if (pos !== -1) {
          ownFrames = ownFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${ownFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
}

function matchImpl(self, string, regexp, parts, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wanted = fn === match;
  if (typeof string === 'string' && (RegExp.prototype.exec.call(regexp, string) !== null) === wanted) return;
  let message = resolveMessage(parts, string, regexp);
  if (message instanceof Error) throw message;
  const generated = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`;
    } else {
      message = (wanted ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn, diff: diffOf(self),
  });
  err.generatedMessage = generated;
  throw err;
}

function match(string, regexp, ...message) {
  matchImpl(this, string, regexp, message, match);
}

function doesNotMatch(string, regexp, ...message) {
  matchImpl(this, string, regexp, message, doesNotMatch);
}

// ---- Assert instances ----

function Assert(options) {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  const given = { ...options };
  const { diff = 'simple', strict = true, skipPrototype = false } = given;
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  const settings = { __proto__: null, strict, skipPrototype };
  if (given.diff !== undefined) settings.diff = diff;
  Object.defineProperty(this, kOptions, { __proto__: null, value: settings });
  this.AssertionError = AssertionError;
  if (strict) {
    // A strict instance's loose methods are the strict ones, as with assert/strict.
    this.equal = strictEqual;
    this.notEqual = notStrictEqual;
    this.deepEqual = deepStrictEqual;
    this.notDeepEqual = notDeepStrictEqual;
  }
}

const methods = {
  fail, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, partialDeepStrictEqual, throws, rejects, doesNotThrow,
  doesNotReject, ifError, match, doesNotMatch,
};
for (const name of Object.keys(methods)) {
  Object.defineProperty(Assert.prototype, name, { __proto__: null,
    value: methods[name], writable: true, enumerable: true, configurable: true,
  });
}

// ---- the module ----

function assert(...args) {
  innerOk(this, assert, args.length, args[0], args.slice(1));
}

function strict(...args) {
  innerOk(this, strict, args.length, args[0], args.slice(1));
}

function populate(target, strictMode) {
  target.AssertionError = AssertionError;
  target.ok = ok;
  target.fail = fail;
  target.equal = strictMode ? strictEqual : equal;
  target.notEqual = strictMode ? notStrictEqual : notEqual;
  target.deepEqual = strictMode ? deepStrictEqual : deepEqual;
  target.notDeepEqual = strictMode ? notDeepStrictEqual : notDeepEqual;
  target.deepStrictEqual = deepStrictEqual;
  target.notDeepStrictEqual = notDeepStrictEqual;
  target.strictEqual = strictEqual;
  target.notStrictEqual = notStrictEqual;
  target.partialDeepStrictEqual = partialDeepStrictEqual;
  target.match = match;
  target.doesNotMatch = doesNotMatch;
  target.throws = throws;
  target.rejects = rejects;
  target.doesNotThrow = doesNotThrow;
  target.doesNotReject = doesNotReject;
  target.ifError = ifError;
}

populate(assert, false);
populate(strict, true);
assert.strict = strict;
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;

module.exports = assert;
