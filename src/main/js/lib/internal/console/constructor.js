'use strict';

// The Console class, and the global console built from it.

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateObject,
  validateOneOf,
  validateArray,
} = require('internal/validators');
const {
  inspect,
  formatWithOptions,
  getStringWidth,
} = require('internal/util/inspect');
const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');

const kState = Symbol('kConsoleState');
const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  if (!stream || !stream.isTTY) return false;
  if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function now() {
  if (typeof process.hrtime === 'function') {
    const [s, ns] = process.hrtime();
    return s * 1e3 + ns / 1e6;
  }
  return Date.now();
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

// 1.234ms, 1.500s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm)
function formatTime(ms) {
  if (ms < 1000) return `${Number(ms.toFixed(3))}ms`;
  let hours = 0;
  let minutes = 0;
  if (ms >= 60000) {
    if (ms >= 3600000) {
      hours = Math.floor(ms / 3600000);
      ms %= 3600000;
    }
    minutes = Math.floor(ms / 60000);
    ms %= 60000;
  }
  const seconds = ms / 1000;
  if (hours === 0 && minutes === 0) return `${seconds.toFixed(3)}s`;
  const [whole, frac] = seconds.toFixed(3).split('.');
  const lead = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
  return `${lead}:${pad2(whole)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
}

function state(self) {
  const s = self[kState];
  if (s === undefined) {
    // A method called with a foreign `this` (Node's methods are bound, so this is rare).
    throw new TypeError('Console method called on an object that is not a console');
  }
  return s;
}

function inspectOptionsFor(self, stream) {
  const s = state(self);
  let color = s.colorMode;
  if (color === 'auto') color = shouldColorize(stream);
  if (s.inspectOptions) {
    if (s.inspectOptions.colors === undefined) return { ...s.inspectOptions, colors: color };
    return s.inspectOptions;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function writeTo(self, useStderr, text) {
  const s = state(self);
  const stream = useStderr ? self._stderr : self._stdout;
  if (s.groupIndent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${s.groupIndent}`);
    text = s.groupIndent + text;
  }
  text += '\n';
  if (!s.ignoreErrors) {
    stream.write(text);
    return;
  }
  try {
    stream.write(text);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(String(e.message))) throw e;
    // Errors writing to the console are ignored, as in Node.
  }
}

function formatFor(self, useStderr, args) {
  const stream = useStderr ? self._stderr : self._stdout;
  return formatWithOptions(inspectOptionsFor(self, stream), ...args);
}

const tableChars = {
  middleMiddle: '─', rowMiddle: '┼', topRight: '┐', topLeft: '┌', leftMiddle: '├', topMiddle: '┬',
  bottomRight: '┘', bottomLeft: '└', bottomMiddle: '┴', rightMiddle: '┤', left: '│ ', right: ' │', middle: ' │ ',
};

function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  const rowCount = Math.max(0, ...columns.map((c) => c.length));
  const rows = [];
  for (let c = 0; c < head.length; c++) {
    const column = columns[c];
    for (let r = 0; r < rowCount; r++) {
      if (rows[r] === undefined) rows[r] = [];
      const cell = Object.prototype.hasOwnProperty.call(column, r) ? column[r] : '';
      rows[r][c] = cell;
      widths[c] = Math.max(widths[c] || 0, getStringWidth(cell));
    }
  }
  const line = (cells) => {
    let out = tableChars.left;
    for (let c = 0; c < cells.length; c++) {
      out += cells[c] + ' '.repeat(widths[c] - getStringWidth(cells[c]));
      if (c !== cells.length - 1) out += tableChars.middle;
    }
    return out + tableChars.right;
  };
  const bars = widths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let out = `${tableChars.topLeft}${bars.join(tableChars.topMiddle)}${tableChars.topRight}\n`;
  out += `${line(head)}\n`;
  out += `${tableChars.leftMiddle}${bars.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) out += `${line(row)}\n`;
  out += `${tableChars.bottomLeft}${bars.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return out;
}

const consoleMethods = {
  log(...args) {
    writeTo(this, false, formatFor(this, false, args));
  },

  warn(...args) {
    writeTo(this, true, formatFor(this, true, args));
  },

  dir(object, options) {
    writeTo(this, false, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    const s = state(this);
    if (s.timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    s.timers.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const s = state(this);
    if (timeLogImpl(this, 'timeEnd', label)) s.timers.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatFor(this, true, args) };
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, trace);
      // Some engines still list the frame of trace itself; drop it.
      err.stack = String(err.stack).replace(/\n {4}at [^\n]*\btrace \(node:internal\/console\/[^\n]*/, '');
    } else {
      const stack = new Error().stack || '';
      err.stack = `Trace: ${err.message}${stack.slice(stack.indexOf('\n'))}`;
    }
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      this.warn(...args);
    }
  },

  clear() {
    const out = this._stdout;
    if (out && out.isTTY && process.env.TERM !== 'dumb') {
      out.write('\u001b[1;1H');
      out.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const s = state(this);
    const n = (s.counts.get(label) || 0) + 1;
    s.counts.set(label, n);
    this.log(`${label}: ${n}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    const s = state(this);
    if (!s.counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    s.counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    const s = state(this);
    s.groupIndent += ' '.repeat(s.groupIndentation);
  },

  groupEnd() {
    const s = state(this);
    s.groupIndent = s.groupIndent.slice(0, s.groupIndent.length - s.groupIndentation);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const opts = inspectOptionsFor(this, this._stdout);
    const show = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...opts });
    };
    const indexColumn = (n) => Array.from({ length: n }, (_, i) => show(i));
    const out = (head, columns) => this.log(renderTable(head, columns));

    if (isMapIterator(tabularData) || isSetIterator(tabularData)) {
      // Iterators cannot be previewed without consuming them; list what they yield.
      tabularData = Array.from(tabularData);
      const keyed = tabularData.length > 0 && tabularData.every((e) => Array.isArray(e) && e.length === 2);
      if (keyed && isMapIterator(tabularData)) tabularData = new Map(tabularData);
    }
    if (isMap(tabularData)) {
      const keys = [];
      const values = [];
      for (const [k, v] of tabularData) {
        keys.push(show(k));
        values.push(show(v));
      }
      return out(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]);
    }
    if (isSet(tabularData)) {
      const values = [];
      for (const v of tabularData) values.push(show(v));
      return out(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
    }

    const columns = { __proto__: null };
    let hasPrimitives = false;
    const primitiveValues = [];
    const indexKeys = Object.keys(tabularData);
    for (let i = 0; i < indexKeys.length; i++) {
      const item = tabularData[indexKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveValues[i] = show(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (columns[key] === undefined) columns[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            columns[key][i] = '';
          } else {
            columns[key][i] = show(item[key]);
          }
        }
      }
    }
    const head = Object.keys(columns);
    const values = Object.values(columns);
    if (hasPrimitives) {
      head.push('Values');
      values.push(primitiveValues);
    }
    head.unshift('(index)');
    values.unshift(indexKeys);
    return out(head, values);
  },

  // Inspector-only in Node: without an attached inspector they do nothing.
  profile() {},
  profileEnd() {},
  timeStamp() {},
};
consoleMethods.info = consoleMethods.log;
consoleMethods.debug = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.groupCollapsed = consoleMethods.group;

function timeLogImpl(self, name, label, data) {
  const s = state(self);
  const start = s.timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined || data.length === 0) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

function initState(self, { ignoreErrors = true, colorMode = 'auto', inspectOptions, groupIndentation = 2 } = {}) {
  Object.defineProperty(self, kState, {
    value: {
      ignoreErrors: ignoreErrors !== false,
      colorMode,
      inspectOptions,
      groupIndentation,
      groupIndent: '',
      timers: new Map(),
      counts: new Map(),
    },
    enumerable: false,
    writable: true,
    configurable: true,
  });
}

// Puts a bound copy of every console method on `self`, keeping the method names.
function bindMethods(self, source) {
  for (const key of Object.keys(source)) {
    const fn = source[key];
    const bound = fn.bind(self);
    Object.defineProperty(bound, 'name', { value: key });
    Object.defineProperty(self, key, { value: bound, writable: true, enumerable: true, configurable: true });
  }
}

function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  for (const [name, stream] of [['_stdout', stdout], ['_stderr', stderr]]) {
    Object.defineProperty(this, name, { value: stream, writable: true, enumerable: false, configurable: true });
  }
  initState(this, { ignoreErrors, colorMode, inspectOptions, groupIndentation: groupIndentation ?? 2 });
  const proto = Object.getPrototypeOf(this);
  const methods = {};
  for (const key of Object.keys(consoleMethods)) {
    if (typeof proto[key] === 'function') methods[key] = proto[key];
  }
  bindMethods(this, methods);
}

for (const key of Object.keys(consoleMethods)) {
  if (key === 'profile' || key === 'profileEnd' || key === 'timeStamp') continue;
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[key], writable: true, enumerable: true, configurable: true,
  });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kState] !== undefined;
  },
});

// The global console: writes to whatever process.stdout / process.stderr are at the time.
function createGlobalConsole() {
  const c = Object.create({});
  Object.defineProperty(c, '_stdout', {
    get() { return process.stdout; },
    set(v) { Object.defineProperty(c, '_stdout', { value: v, writable: true, configurable: true }); },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(c, '_stderr', {
    get() { return process.stderr; },
    set(v) { Object.defineProperty(c, '_stderr', { value: v, writable: true, configurable: true }); },
    enumerable: false,
    configurable: true,
  });
  initState(c);
  const order = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
    'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed'];
  const methods = {};
  for (const key of order) methods[key] = consoleMethods[key];
  bindMethods(c, methods);
  Object.defineProperty(c, 'Console', { value: Console, writable: true, enumerable: true, configurable: true });
  for (const key of ['profile', 'profileEnd', 'timeStamp']) {
    const fn = consoleMethods[key];
    Object.defineProperty(fn, 'name', { value: key });
    Object.defineProperty(c, key, { value: fn, writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(c, 'context', {
    value: function context(name) {
      const ctx = Object.create({});
      initState(ctx);
      Object.defineProperty(ctx, '_stdout', { get() { return process.stdout; }, configurable: true });
      Object.defineProperty(ctx, '_stderr', { get() { return process.stderr; }, configurable: true });
      bindMethods(ctx, methods);
      return ctx;
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(c, 'createTask', {
    value: function createTask(name) {
      // Without an inspector a task only runs its function.
      return { run: (fn) => fn() };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(c, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
  return c;
}

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
  kState,
};
