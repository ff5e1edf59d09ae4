'use strict';

// AssertionError and the messages Node generates for failed assertions, including the
// "+ actual - expected" line diff used by strictEqual / deepStrictEqual / partialDeepStrictEqual.

const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const HEADINGS = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const SHORT_LIMIT = 12; // combined length under which "a !== b" is shown on one line
const LONG_LIMIT = 512; // inspected values longer than this are cut in legacy messages
const CONTEXT_LINES = 5; // unchanged lines kept around a change
const INDICATOR_WIDTH = 80; // no "^" marker when both strings together are longer

const PLUS_MINUS = '+ actual - expected';

function inspectForMessage(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

// ---- line diff (Myers' O(ND) algorithm) ----

// Lines that only differ by a trailing comma are the same line of an object listing.
function linesMatch(a, b, commaAware) {
  if (a === b) return true;
  return commaAware && (`${a},` === b || a === `${b},`);
}

// Returns the edit script in order: entries [kind, line] with kind ' ' (both), '+' (only in
// actual) or '-' (only in expected).
function diffLines(actual, expected, commaAware) {
  const n = actual.length;
  const m = expected.length;
  const offset = n + m;
  const frontier = new Int32Array(2 * offset + 2);
  const history = [];
  let found = false;
  for (let d = 0; d <= offset && !found; d++) {
    history.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const takeFromAbove = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
      let x = takeFromAbove ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaAware)) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const reversed = [];
  let x = n;
  let y = m;
  for (let d = history.length - 1; d >= 0; d--) {
    const v = history[d];
    const k = x - y;
    const fromAbove = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = fromAbove ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Show the variant with the trailing comma when the two differ only by it.
      reversed.push([' ', commaAware && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        reversed.push(['+', actual[x - 1]]);
        x--;
      } else {
        reversed.push(['-', expected[y - 1]]);
        y--;
      }
    }
  }
  return reversed.reverse();
}

// Renders the edit script; long runs of unchanged lines are shortened.
function renderDiff(script) {
  const out = [];
  let skipped = false;
  let i = 0;
  while (i < script.length) {
    if (script[i][0] !== ' ') {
      out.push(`${script[i][0]} ${script[i][1]}`);
      i++;
      continue;
    }
    let end = i;
    while (end < script.length && script[end][0] === ' ') end++;
    const run = script.slice(i, end);
    const trailing = end === script.length;
    const head = run.slice(0, CONTEXT_LINES);
    for (const [, line] of head) out.push(`  ${line}`);
    if (!trailing && run.length > CONTEXT_LINES) {
      if (run.length <= CONTEXT_LINES + 2) {
        for (const [, line] of run.slice(CONTEXT_LINES)) out.push(`  ${line}`);
      } else {
        out.push('...');
        out.push(`  ${run[run.length - 1][1]}`);
        skipped = true;
      }
    }
    i = end;
  }
  return { text: `\n${out.join('\n').trimEnd()}`, skipped };
}

// ---- diff messages ----

function stackedValues(actualText, expectedText, sameType) {
  let text = `\n+ ${actualText}\n- ${expectedText}`;
  if (sameType && actualText.length + expectedText.length <= INDICATOR_WIDTH) {
    for (let i = 0; i < actualText.length; i++) {
      if (actualText[i] !== expectedText[i]) {
        // The first characters (quote included) make the difference obvious already.
        if (i >= 3) text += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return text;
}

function diffMessage(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const heading = customMessage || HEADINGS[operator];
  const actualText = inspectForMessage(actual);
  const expectedText = inspectForMessage(expected);
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');

  const oneLine = actualLines.length === 1 && expectedLines.length === 1;
  if (oneLine && (!isObjectLike(actual) || !isObjectLike(expected))) {
    let width = actualText.length + expectedText.length;
    if (typeof actual === 'string') width -= 2;
    if (typeof expected === 'string') width -= 2;
    if (width <= SHORT_LIMIT && (actual !== 0 || expected !== 0)) {
      return `${heading}\n\n${actualText} !== ${expectedText}\n`;
    }
    const sameType = typeof actual === typeof expected;
    return `${heading}\n${PLUS_MINUS}\n${stackedValues(actualText, expectedText, sameType)}\n`;
  }

  if (actualText === expectedText) {
    const base = customMessage || HEADINGS.notIdentical;
    if (actualLines.length > 50) {
      return `${base}\n\n... Skipped lines\n${actualLines.slice(0, 50).join('\n')}\n...}\n`;
    }
    return `${base}\n\n${actualText}\n`;
  }

  const script = diffLines(actualLines, expectedLines, isObjectLike(actual));
  const { text, skipped } = renderDiff(script);
  return `${heading}\n${PLUS_MINUS}${skipped ? '\n... Skipped lines' : ''}\n${text}\n`;
}

function negatedMessage(actual, operator, full) {
  let base = HEADINGS[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = HEADINGS.notStrictEqualObject;
  }
  let lines = inspectForMessage(actual).split('\n');
  if (!full && lines.length > 50) {
    lines = lines.slice(0, 46);
    lines.push('...');
  }
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

function legacyMessage(actual, expected, operator, full) {
  let actualText = inspectForMessage(actual);
  let expectedText = inspectForMessage(expected);
  const heading = HEADINGS[operator];
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    let text = `${heading}\n\n${actualText}`;
    if (!full && text.length > 1024) text = `${text.slice(0, 1021)}...`;
    return text;
  }
  if (!full) {
    if (actualText.length > LONG_LIMIT) actualText = `${actualText.slice(0, LONG_LIMIT - 3)}...`;
    if (expectedText.length > LONG_LIMIT) expectedText = `${expectedText.slice(0, LONG_LIMIT - 3)}...`;
  }
  if (operator === 'deepEqual') {
    return `${heading}\n\n${actualText}\n\nshould loosely deep-equal\n\n${expectedText}`;
  }
  const unequalHeading = HEADINGS[`${operator}Unequal`];
  if (unequalHeading !== undefined) {
    return `${unequalHeading}\n\n${actualText}\n\nshould not loosely deep-equal\n\n${expectedText}`;
  }
  return `${actualText} ${operator} ${expectedText}`;
}

// Errors are shown without their stack: compare a stack-less stand-in with the same prototype,
// own properties, message and cause.
function standInForError(source) {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(copy, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause') || source.cause !== undefined) {
    let cause = source.cause;
    if (cause instanceof Error || Object.prototype.toString.call(cause) === '[object Error]') {
      cause = standInForError(cause);
    }
    Object.defineProperty(copy, 'cause', { __proto__: null, value: cause });
  }
  return copy;
}

function isErrorWithStack(v) {
  return isObjectLike(v) && 'stack' in v && v instanceof Error;
}

const DIFF_OPERATORS = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      stackStartFunction,
      details,
      diff = 'simple',
    } = options;
    let { actual, expected } = options;

    const limitWritable = isErrorStackTraceLimitWritable();
    const savedLimit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;

    let text;
    if (message != null) {
      if (DIFF_OPERATORS.has(operator)) {
        text = diffMessage(actual, expected, operator, String(message));
      } else {
        text = String(message);
      }
    } else {
      if (isErrorWithStack(actual) && isErrorWithStack(expected)) {
        actual = standInForError(actual);
        expected = standInForError(expected);
      }
      if (DIFF_OPERATORS.has(operator)) {
        text = diffMessage(actual, expected, operator, undefined);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = negatedMessage(actual, operator, diff === 'full');
      } else {
        text = legacyMessage(actual, expected, operator, diff === 'full');
      }
    }
    super(text);
    if (limitWritable) Error.stackTraceLimit = savedLimit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { __proto__: null,
      value: 'AssertionError',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;

    const trimmed = typeof Error.captureStackTrace === 'function';
    if (trimmed) Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    fixStackHeader(this, !trimmed);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Inspected errors show long actual/expected strings shortened and nested values one level
  // deep, as Node prints them.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = shortenForInspect(actual);
    if (typeof expected === 'string') this.expected = shortenForInspect(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

// Node's rule: more than 10 lines keep the first 10; else a string over 512 characters keeps
// what follows its first 512.
function shortenForInspect(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (text.length > 512) return `${text.slice(512)}...`;
  return text;
}

// Where a stack frame line points: the text in its last parentheses, or after "at ".
function frameLocation(line) {
  const m = /\(([^()]*)\)\s*$/.exec(line);
  return m !== null ? m[1] : line.trim().slice(3);
}

function isAssertFrame(line) {
  const where = frameLocation(line);
  return where.startsWith('node:assert') || where.startsWith('node:internal/assert/');
}

// The first line of the stack reads `AssertionError [ERR_ASSERTION]: message`, as in Node.
// Without Error.captureStackTrace the frames inside the assert module are dropped here.
function fixStackHeader(err, dropAssertFrames = false) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const at = stack.indexOf('\n    at ');
  let frames = at === -1 ? '' : stack.slice(at);
  if (dropAssertFrames && frames !== '') {
    const lines = frames.slice(1).split('\n');
    let first = 0;
    while (first < lines.length && isAssertFrame(lines[first])) first++;
    if (first < lines.length) frames = `\n${lines.slice(first).join('\n')}`;
  }
  Object.defineProperty(err, 'stack', { __proto__: null,
    value: `AssertionError [ERR_ASSERTION]: ${err.message}${frames}`,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

module.exports = { AssertionError, fixStackHeader, frameLocation, isAssertFrame };
