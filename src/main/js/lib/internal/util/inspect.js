'use strict';

// Built-ins captured at load time, so programs that replace them (Object.keys = …) do not
// change how values print.
const {
  keys: ObjectKeys,
  getOwnPropertyNames: ObjectGetOwnPropertyNames,
  getOwnPropertySymbols: ObjectGetOwnPropertySymbols,
  getOwnPropertyDescriptor: ObjectGetOwnPropertyDescriptor,
  getPrototypeOf: ObjectGetPrototypeOf,
} = Object;

// util.inspect / util.format for jnode.
//
// Known gaps against Node (the engine gives plain JavaScript no way to see these):
//  * Proxies made with this realm's Proxy are formatted from their target and handler, which
//    internal/util/proxies records; others (made in a vm context, or before start-up) only
//    through their traps, and `showProxy: true` cannot show their target and handler.
//  * A settled promise's value is only known when it is a primitive (the engine's own
//    description of the promise is parsed); other values print as `[Object]`-like summaries.
//  * Map/Set iterators and WeakMap/WeakSet contents cannot be previewed without consuming them,
//    so they print `<items unknown>`.

const {
  types: {
    isAnyArrayBuffer, isArrayBuffer, isDataView, isDate, isMap, isSet, isWeakMap, isWeakSet,
    isRegExp, isTypedArray, isPromise, isBoxedPrimitive, isNumberObject, isStringObject,
    isBooleanObject, isBigIntObject, isModuleNamespaceObject, isMapIterator, isSetIterator,
    isNativeError, isArgumentsObject, isGeneratorFunction, isAsyncFunction,
  },
  typedArrayName,
  utilBinding,
} = require('internal/util/types');
const { getProxyDetails } = require('internal/util/proxies');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const propertyIsEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const setValues = Set.prototype.values;
const mapEntries = Map.prototype.entries;
const setSize = ObjectGetOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = ObjectGetOwnPropertyDescriptor(Map.prototype, 'size').get;
const regexpToString = RegExp.prototype.toString;
const dateToISOString = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const dateGetTime = Date.prototype.getTime;
const errorToString = Error.prototype.toString;
const functionToString = Function.prototype.toString;
const symbolToString = Symbol.prototype.toString;
const typedArrayLength = ObjectGetOwnPropertyDescriptor(ObjectGetPrototypeOf(Uint8Array.prototype), 'length').get;

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Names of the global constructors (Array, Map, ...) as they were when this module loaded.
const builtInObjects = new Set(
  ObjectGetOwnPropertyNames(globalThis).filter((n) => /^[A-Z][a-zA-Z0-9]+$/.test(n)),
);

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numericKey = /^(0|[1-9][0-9]*)$/;
const classSourceRegExp = /^(\s+[^(]*?)\s*{/;
const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// ---------------------------------------------------------------------------------------------
// Colours

const colors = { __proto__: null };
function defineColors() {
  const table = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23], ['underline', 4, 24],
    ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28], ['strikethrough', 9, 29],
    ['doubleunderline', 21, 24], ['black', 30, 39], ['red', 31, 39], ['green', 32, 39],
    ['yellow', 33, 39], ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
    ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
    ['framed', 51, 54], ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
    ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
    ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
    ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
    ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49],
    ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
  ];
  for (const [name, on, off] of table) colors[name] = [on, off];
  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'], ['bgBlackBright', 'bgGray'],
    ['faint', 'dim'], ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
    ['crossedOut', 'strikethrough'], ['conceal', 'hidden'], ['swapColors', 'inverse'],
    ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline'],
  ];
  for (const [alias, target] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { Object.defineProperty(this, alias, { value, configurable: true, writable: true, enumerable: true }); },
      configurable: true,
      enumerable: false,
    });
  }
}
defineColors();

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: highlightRegExp,
  module: 'underline',
});

// Colours for the parts of a regular expression: each nesting level of groups shifts the
// colours one step along `highlightRegExp.colors`.
const defaultRegExpColors = ['green', 'red', 'yellow', 'cyan', 'magenta'];
highlightRegExp.colors = [...defaultRegExpColors];

function paint(str, color) {
  const c = colors[color];
  if (c === undefined) return str;
  return `\u001b[${c[0]}m${str}\u001b[${c[1]}m`;
}

function highlightRegExp(source) {
  // `source` is "/body/flags" (possibly behind a class-name prefix, which Node's highlighter
  // also treats as the opening slash).
  let palette = highlightRegExp.colors;
  if (!Array.isArray(palette) || palette.length === 0) palette = defaultRegExpColors;
  // Levels below zero (more ')' than '(' seen, when an unclosed \p{ swallowed a '(') fall
  // back to the first colour, as Node's highlighter does.
  const at = (d) => palette[(d + 1) % palette.length] ?? palette[0];
  let out = paint('/', palette[0]);
  let depth = 0;
  let i = 1;
  const n = source.length;
  // Paints the escape at `i` at colour level `level` and returns it. Braced escapes (\u{…},
  // \p{…}) paint their braces at `braces` and what is inside one level deeper.
  const paintEscape = (level, braces) => {
    const c = source[i + 1];
    if ((c === 'u' || c === 'p' || c === 'P') && source[i + 2] === '{') {
      const end = source.indexOf('}', i + 3);
      if (end !== -1) {
        const s = paint(source.slice(i, i + 3), at(braces)) +
          paint(source.slice(i + 3, end), at(braces + 1)) + paint('}', at(braces));
        i = end + 1;
        return s;
      }
      const s = paint(source.slice(i, i + 3), at(level));  // unclosed: one token
      i += 3;
      return s;
    }
    if (c === 'c' && /[a-zA-Z]/.test(source[i + 2] || '')) {
      const s = paint('\\c', at(level)) + paint(source[i + 2], at(level));
      i += 3;
      return s;
    }
    let len = 2;
    if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) len = 4;
    const s = paint(source.slice(i, i + len), at(level));
    i += len;
    return s;
  };
  while (i < n && source[i] !== '/') {
    const ch = source[i];
    if (ch === '\\') {
      if (source[i + 1] === 'k' && source[i + 2] === '<') {
        const end = source.indexOf('>', i + 3);
        if (end !== -1) {
          out += paint('\\k<', at(depth - 1)) + paint(source.slice(i + 3, end), at(depth)) +
            paint('>', at(depth - 1));
          i = end + 1;
          continue;
        }
      }
      out += paintEscape(depth + 1, depth);
    } else if (ch === '(') {
      out += paint('(', at(depth));
      i++;
      if (source[i] === '?') {
        const m = /^\?(<[=!]|[:=!]|<([^>]*)>)/.exec(source.slice(i));
        if (m !== null && m[2] !== undefined) {
          out += paint('?<', at(depth)) + paint(m[2], at(depth + 1)) + paint('>', at(depth));
          i += m[0].length;
        } else if (m !== null) {
          out += paint(m[0], at(depth));
          i += m[0].length;
        }
      }
      depth++;
    } else if (ch === ')') {
      depth--;
      out += paint(')', at(depth));
      i++;
    } else if (ch === '[') {
      out += paint('[', at(depth));
      i++;
      if (source[i] === '^') { out += paint('^', at(depth + 1)); i++; }
      let first = true;
      while (i < n && (source[i] !== ']' || first && false)) {
        if (source[i] === '\\') {
          out += paintEscape(depth + 1, depth + 1);
        } else if (source[i] === '-' && !first && source[i + 1] !== ']') {
          out += paint('-', at(depth + 2));
          i++;
        } else {
          out += paint(source[i], at(depth + 1));
          i++;
        }
        first = false;
      }
      if (i < n) { out += paint(']', at(depth)); i++; }
    } else if (ch === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      const m = /^\{(\d+)(,?)(\d*)\}/.exec(source.slice(i));
      out += paint('{', at(depth)) + paint(m[1], at(depth + 2));
      if (m[2]) out += paint(',', at(depth + 1));
      if (m[3]) out += paint(m[3], at(depth + 2));
      out += paint('}', at(depth));
      i += m[0].length;
      if (source[i] === '?') { out += paint('?', at(depth + 3)); i++; }
    } else if (ch === '*' || ch === '+' || ch === '?' || ch === '|' || ch === '^' || ch === '$' ||
               ch === ',') {
      // A bare comma is coloured like a quantifier, as Node does.
      out += paint(ch, at(depth + 3));
      i++;
    } else if (ch === '.') {
      out += paint('.', at(depth + 2));
      i++;
    } else {
      out += paint(ch, at(depth + 1));
      i++;
    }
  }
  out += paint('/', palette[0]);
  if (i + 1 < n) out += paint(source.slice(i + 1), at(0));
  return out;
}

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style === undefined) return str;
  if (typeof style === 'function') return style(str);
  const c = colors[style];
  if (c === undefined) return str;
  return `\u001b[${c[0]}m${str}\u001b[${c[1]}m`;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------------------------
// Strings

const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansiPattern, '');
}

function removeColors(str) {
  return str.replace(ansiPattern, '');
}

function isZeroWidth(code) {
  return code <= 0x1F || (code >= 0x7F && code <= 0x9F) || (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) || (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) || (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

function isWide(code) {
  return code >= 0x1100 && (
    code <= 0x115F || code === 0x2329 || code === 0x232A ||
    (code >= 0x231A && code <= 0x231B) || (code >= 0x23E9 && code <= 0x23EC) ||
    code === 0x23F0 || code === 0x23F3 || (code >= 0x25FD && code <= 0x25FE) ||
    (code >= 0x2614 && code <= 0x2615) || (code >= 0x2648 && code <= 0x2653) ||
    code === 0x267F || code === 0x2693 || code === 0x26A1 || (code >= 0x26AA && code <= 0x26AB) ||
    (code >= 0x26BD && code <= 0x26BE) || (code >= 0x26C4 && code <= 0x26C5) || code === 0x26CE ||
    code === 0x26D4 || code === 0x26EA || (code >= 0x26F2 && code <= 0x26F3) || code === 0x26F5 ||
    code === 0x26FA || code === 0x26FD || code === 0x2705 || (code >= 0x270A && code <= 0x270B) ||
    code === 0x2728 || code === 0x274C || code === 0x274E || (code >= 0x2753 && code <= 0x2755) ||
    code === 0x2757 || (code >= 0x2795 && code <= 0x2797) || code === 0x27B0 || code === 0x27BF ||
    (code >= 0x2B1B && code <= 0x2B1C) || code === 0x2B50 || code === 0x2B55 ||
    (code >= 0x2E80 && code <= 0x303E) || (code >= 0x3041 && code <= 0x33FF) ||
    (code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) ||
    (code >= 0xA000 && code <= 0xA4CF) || (code >= 0xA960 && code <= 0xA97F) ||
    (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
    (code >= 0xFE10 && code <= 0xFE19) || (code >= 0xFE30 && code <= 0xFE6F) ||
    (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6) ||
    (code >= 0x16FE0 && code <= 0x18AFF) || (code >= 0x1B000 && code <= 0x1B2FF) ||
    code === 0x1F004 || code === 0x1F0CF || code === 0x1F18E || (code >= 0x1F191 && code <= 0x1F19A) ||
    (code >= 0x1F200 && code <= 0x1F251) || (code >= 0x1F300 && code <= 0x1F64F) ||
    (code >= 0x1F680 && code <= 0x1F6FF) || (code >= 0x1F7E0 && code <= 0x1F7EB) ||
    (code >= 0x1F90C && code <= 0x1F9FF) || (code >= 0x1FA70 && code <= 0x1FAFF) ||
    (code >= 0x20000 && code <= 0x3FFFD));
}

// Columns a string takes in a terminal.
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = removeColors(str);
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) { ascii = false; break; }
  }
  if (ascii) return str.length;
  str = str.normalize('NFC');
  let width = 0;
  for (const ch of str) {
    const code = ch.codePointAt(0);
    if (isWide(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
}

const escapeTable = [];
for (let i = 0; i < 0x20; i++) escapeTable[i] = `\\x${i.toString(16).toUpperCase().padStart(2, '0')}`;
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';

// Quotes and escapes a string the way Node shows it: single quotes unless the text has one,
// then double quotes, then backticks; control characters, lone surrogates and the chosen quote
// are escaped.
function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  const qc = quote.charCodeAt(0);
  let out = '';
  let last = 0;
  const n = str.length;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c < 0x20) rep = escapeTable[c];
    else if (c === qc) rep = `\\${quote}`;
    else if (c === 0x5c) rep = '\\\\';
    else if (c === 0x7f) rep = '\\x7F';
    else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      }
      rep = `\\u${c.toString(16)}`;
    } else {
      continue;
    }
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  return quote + (last === 0 ? str : out + str.slice(last)) + quote;
}

// Escapes a symbol's or a key's text without quoting it.
function escapeText(str) {
  let out = '';
  let last = 0;
  const n = str.length;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    let rep;
    if (c < 0x20) rep = escapeTable[c];
    else if (c === 0x7f) rep = '\\x7F';
    else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      }
      rep = `\\u${c.toString(16)}`;
    } else {
      continue;
    }
    out += str.slice(last, i) + rep;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Numbers

function groupDigits(digits) {
  // "1234567" -> "1_234_567" (an optional leading '-' is kept)
  const neg = digits[0] === '-';
  const body = neg ? digits.slice(1) : digits;
  let out = '';
  let i = body.length;
  while (i > 3) {
    out = `_${body.slice(i - 3, i)}${out}`;
    i -= 3;
  }
  return (neg ? '-' : '') + body.slice(0, i) + out;
}

function groupFraction(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return i === 0 ? digits : out + digits.slice(i);
}

function formatNumber(fn, number, numericSeparator) {
  if (Object.is(number, -0)) return fn('-0', 'number');
  if (!numericSeparator) return fn(`${number}`, 'number');
  const whole = Math.trunc(number);
  const wholeText = String(whole);
  if (whole === number) {
    if (!Number.isFinite(number) || wholeText.includes('e')) return fn(wholeText, 'number');
    return fn(groupDigits(wholeText), 'number');
  }
  if (Number.isNaN(number)) return fn(wholeText, 'number');
  const full = String(number);
  if (full.includes('e')) return fn(full, 'number');
  const dot = full.indexOf('.');
  return fn(`${groupDigits(full.slice(0, dot))}.${groupFraction(full.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  if (!numericSeparator) return fn(`${text}n`, 'bigint');
  return fn(`${groupDigits(text)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let tail = '';
      if (value.length > ctx.maxStringLength) {
        const left = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        tail = `... ${left} more character${left > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long strings are split after each newline into `'line\n' +` pieces.
        const pieces = value.split(/(?<=\n)/);
        return pieces.map((line) => fn(quoteString(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + tail;
      }
      return fn(quoteString(value), 'string') + tail;
    }
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(symbolToString.call(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------------------------
// inspect()

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors)
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of ObjectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    const { validateObject } = require('internal/validators');
    validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

Object.defineProperty(inspect, 'colors', {
  get() { return colors; },
  set(value) { Object.assign(colors, value); },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(inspect, 'styles', {
  get() { return styles; },
  set(value) { Object.assign(styles, value); },
  enumerable: true,
  configurable: true,
});

function userOptionsFor(ctx) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  return ret;
}

function proxyKind(value) {
  const b = utilBinding();
  if (b === null) return 0;
  if (!b.isProxy(value)) return 0;
  return b.isRevokedProxy(value) ? 2 : 1;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const pk = proxyKind(value);
  if (pk === 2) return ctx.stylize('<Revoked Proxy>', 'special');
  const details = pk === 1 ? getProxyDetails(value) : undefined;
  if (details !== undefined) {
    if (ctx.showProxy) {
      ctx.indentationLvl += 2;
      const parts = [formatValue(ctx, details.target, recurseTimes + 1),
        formatValue(ctx, details.handler, recurseTimes + 1)];
      ctx.indentationLvl -= 2;
      return reduceToSingleString(ctx, parts, '', [`${ctx.stylize('Proxy', 'special')} [`, ']'],
                                  kArrayExtrasType, recurseTimes);
    }
    const inner = formatValue(ctx, details.target, recurseTimes, typedArray);
    return `${ctx.stylize('Proxy(', 'special')}${inner}${ctx.stylize(')', 'special')}`;
  }
  if (pk === 1 && !ctx.inProxy) {
    // The target cannot be reached without the traps: format the proxy itself through them.
    ctx.inProxy = true;
    try {
      if (ctx.showProxy) {
        ctx.indentationLvl += 2;
        const inner = formatValue(ctx, value, recurseTimes + 1);
        ctx.indentationLvl -= 2;
        return `${ctx.stylize('Proxy', 'special')} [ ${inner}, ${ctx.stylize('<handler unknown>', 'special')} ]`;
      }
      return `${ctx.stylize('Proxy(', 'special')}${formatValue(ctx, value, recurseTimes)}${ctx.stylize(')', 'special')}`;
    } finally {
      ctx.inProxy = false;
    }
  }
  const wasInProxy = ctx.inProxy;
  ctx.inProxy = false;
  try {
    if (ctx.customInspect) {
      let maybeCustom;
      try {
        maybeCustom = value[customInspectSymbol];
      } catch (e) {
        if (pk === 0) throw e;
      }
      if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const ret = Reflect.apply(maybeCustom, context, [depth, userOptionsFor(ctx), inspect]);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }

    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }
    // Arguments objects always have an own 'callee': a cheap test that spares most objects the
    // engine query (but it would call a proxy's trap, so proxies always ask the engine).
    const maybeArguments = pk !== 0 || hasOwn(value, 'callee');
    return formatRaw(ctx, value, recurseTimes, typedArray, maybeArguments);
  } finally {
    ctx.inProxy = wasInProxy;
  }
}

function isInstanceOf(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// The name of the first constructor up the prototype chain whose prototype `obj` inherits from;
// null for objects without a prototype.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  let cur = obj;
  while (cur || isUndetectable(cur)) {
    const desc = ObjectGetOwnPropertyDescriptor(cur, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        isInstanceOf(start, desc.value)) {
      if (protoProps !== undefined && (firstProto !== cur || !builtInObjects.has(desc.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    cur = ObjectGetPrototypeOf(cur);
    if (firstProto === undefined) firstProto = cur;
  }
  if (firstProto === null) return null;
  let base = 'Object';
  if (Array.isArray(start)) base = 'Array';
  else if (typeof start === 'function') base = 'Function';
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${base} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${base} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${base} <${protoConstr}>`;
}

function isUndetectable() {
  return false;
}

// showHidden: also list the properties a user class adds to its prototypes.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      keys.forEach((k) => keySet.add(k));
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) output.push(`\u001b[2m${value}\u001b[22m`);
      else output.push(value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // Module namespace objects with uninitialized bindings
      if (isModuleNamespaceObject(value)) keys = ObjectGetOwnPropertyNames(value);
      else throw err;
    }
    for (const s of symbols) if (propertyIsEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || !numericKey.test(key)) return false;
  return Number(key) < 4294967295;
}

// Own keys that are not array indices (integer indices for typed arrays). Index keys come first
// in own-key order, so the first non-index key is found by bisection.
function getNonIndexKeys(value, showHidden) {
  const out = [];
  const names = ObjectGetOwnPropertyNames(value);
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isArrayIndexKey(names[mid])) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < names.length; i++) {
    const k = names[i];
    if (!showHidden && !propertyIsEnumerable(value, k)) continue;
    out.push(k);
  }
  for (const s of ObjectGetOwnPropertySymbols(value)) {
    if (!showHidden && !propertyIsEnumerable(value, s)) continue;
    out.push(s);
  }
  return out;
}

function formatRaw(ctx, value, recurseTimes, typedArray, maybeArguments = true) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : propertyIsEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '')
        ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = setSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(value, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(value, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      const fallback = constructor === null ? typedArrayName(value) : '';
      const size = typedArrayLength.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(value, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      formatter = formatUnknownItems;
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      formatter = formatUnknownItems;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (maybeArguments && isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = regexpToString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
      base = ctx.stylize(base, 'regexp');
    } else if (isDate(value)) {
      base = Number.isNaN(dateGetTime.call(value)) ? dateToString.call(value) : dateToISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isErrorValue(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isAnyArrayBuffer(value)) {
      const prefix = getPrefix(constructor, tag, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatUnknownItems;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatUnknownItems;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = (c, v, r) => formatNamespace(keys, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, 'Object')}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleStackOverflow(ctx, err, name, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function handleStackOverflow(ctx, err, name, indentationLvl) {
  if (err instanceof RangeError && /call stack|stack overflow|too much recursion/i.test(String(err.message))) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  throw err;
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function formatUnknownItems(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function isErrorValue(value) {
  return isNativeError(value) || isInstanceOf(value, Error);
}

function getFunctionBase(ctx, value, constructor, tag) {
  let source;
  try {
    source = functionToString.call(value);
  } catch {
    source = '';
  }
  if (source.startsWith('class') && source.endsWith('}')) {
    const inner = source.slice(5, -1);
    const brace = inner.indexOf('{');
    if (brace !== -1 && (!inner.slice(0, brace).includes('(') ||
        classSourceRegExp.exec(inner.replace(commentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name, 0)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (isNumberObject(value)) {
    primitive = Number.prototype.valueOf.call(value);
    type = 'Number';
  } else if (isStringObject(value)) {
    primitive = String.prototype.valueOf.call(value);
    type = 'String';
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    primitive = Boolean.prototype.valueOf.call(value);
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    primitive = BigInt.prototype.valueOf.call(value);
    type = 'BigInt';
  } else {
    primitive = Symbol.prototype.valueOf.call(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) base += ' (null prototype)';
    else base += ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---- errors ----

function errorStackText(ctx, err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (stack) {
    if (typeof stack === 'string') return stack;
    return formatValue(ctx, stack, 0);
  }
  try {
    return errorToString.call(err);
  } catch {
    return Object.prototype.toString.call(err);
  }
}

function dropDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const at = keys.indexOf(name);
    if (at !== -1) {
      const v = err[name];
      if (typeof v !== 'string' || stack.includes(v)) keys.splice(at, 1);
    }
  }
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Where the longest run (more than 3) of lines of `a` also appears in `b`.
function commonFrames(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = b.indexOf(a[i]);
    if (at === -1) continue;
    const rest = b.length - at;
    if (rest <= 3) continue;
    let len = 1;
    const most = Math.min(a.length - i, rest);
    while (len < most && a[i + len] === b[at + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function stackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    cause = undefined;
  }
  if (cause != null && typeof cause === 'object' && isErrorValue(cause)) {
    const causeStack = errorStackText(ctx, cause);
    const at = causeStack.indexOf('\n    at');
    if (at !== -1) {
      const causeFrames = causeStack.slice(at + 1).split('\n');
      const { len, offset } = commonFrames(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function formatError(err, constructor, tag, ctx, keys) {
  let name;
  let message;
  try {
    name = err.name != null ? String(err.name) : 'Error';
  } catch {
    name = 'Error';
  }
  try {
    message = err.message;
  } catch {
    message = undefined;
  }
  let stack = errorStackText(ctx, err);
  dropDuplicateErrorKeys(ctx, keys, err, stack);
  if (ctx.showHidden) {
    // V8 lists an error's own `stack` before `message`; keep that order whatever the engine's.
    const m = keys.indexOf('message');
    const st = keys.indexOf('stack');
    if (m !== -1 && st > m) {
      keys.splice(st, 1);
      keys.splice(m, 0, 'stack');
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  let errors;
  try {
    errors = err.errors;
  } catch {
    errors = undefined;
  }
  if (Array.isArray(errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

  stack = improveStack(stack, constructor, name, tag);

  let pos = (message && typeof message === 'string' && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const framesAt = stack.indexOf('\n    at', pos);
  if (framesAt === -1) {
    stack = `[${stack}]`;
  } else {
    let head = stack.slice(0, framesAt);
    const lines = stackFrames(ctx, err, stack.slice(framesAt + 1));
    if (ctx.colors) {
      for (const line of lines) {
        const core = /^\s+at (?:.* \()?(node:[^)]*|internal\/[^)]*)\)?$/.test(line);
        head += '\n';
        head += core ? ctx.stylize(line, 'undefined') : markNodeModules(ctx, line);
      }
    } else {
      head += `\n${lines.join('\n')}`;
    }
    stack = head;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

function markNodeModules(ctx, line) {
  const re = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g;
  let out = '';
  let last = 0;
  let m;
  while ((m = re.exec(line)) !== null) {
    out += line.slice(last, m.index + 13) + ctx.stylize(m[1], 'module');
    last = m.index + m[0].length;
  }
  return last === 0 ? line : out + line.slice(last);
}

// ---- collections ----

function remainingText(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let hex = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) hex += ' ';
    hex += bytes[i].toString(16).padStart(2, '0');
  }
  const left = bytes.length - ctx.maxArrayLength;
  if (left > 0) hex += ` ... ${left} more byte${left > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${hex}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const left = length - shown;
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (left > 0) output.push(remainingText(left));
  return output;
}

function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const num = +key;
    if (num > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numericKey.test(key)) break;
      const holes = num - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const left = value.length - index;
  if (output.length !== maxLength) {
    if (left > 0) output.push(ctx.stylize(`<${left} empty item${left > 1 ? 's' : ''}>`, 'undefined'));
  } else if (left > 0) {
    output.push(remainingText(left));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const left = length - shown;
  const output = new Array(shown);
  const format = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < shown; i++) output[i] = format(ctx.stylize, value[i], ctx.numericSeparator);
  if (left > 0) output[shown] = remainingText(left);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`${ctx.stylize(`[${key}]`, 'string')}: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(set, ctx, recurseTimes) {
  const size = setSize.call(set);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const it = setValues.call(set);
  for (let step = it.next(); !step.done && i < shown; step = it.next(), i++) {
    output.push(formatValue(ctx, step.value, recurseTimes));
  }
  if (size - shown > 0) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, recurseTimes) {
  const size = mapSize.call(map);
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const it = mapEntries.call(map);
  for (let step = it.next(); !step.done && i < shown; step = it.next(), i++) {
    const [k, v] = step.value;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (size - shown > 0) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatNamespace(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      // A binding still in its temporal dead zone.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

// Promise state comes from the engine (see the 'util' binding); a settled value is recovered
// from the engine's description when it is a primitive.
function promiseDetails(promise) {
  const b = utilBinding();
  if (b === null) return { state: -2 };
  const state = b.promiseState(promise);
  if (state <= 0) return { state };
  const text = b.promiseResultText(promise);
  return { state, ...parseResultText(text) };
}

function parseResultText(text) {
  if (text === 'undefined') return { known: true, value: undefined };
  if (text === 'null') return { known: true, value: null };
  if (text === 'true') return { known: true, value: true };
  if (text === 'false') return { known: true, value: false };
  if (text === 'NaN') return { known: true, value: NaN };
  if (text === 'Infinity') return { known: true, value: Infinity };
  if (text === '-Infinity') return { known: true, value: -Infinity };
  if (text === '-0') return { known: true, value: -0 };
  if (/^-?\d+n$/.test(text)) return { known: true, value: BigInt(text.slice(0, -1)) };
  if (/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return { known: true, value: Number(text) };
  if (text.startsWith('"') && text.endsWith('"')) {
    try {
      return { known: true, value: JSON.parse(text) };
    } catch {
      // fall through
    }
  }
  let summary = 'Object';
  if (text.startsWith('[') || text.startsWith('(')) summary = 'Array';
  else if (text.startsWith('Symbol(')) summary = 'Symbol';
  else if (text.startsWith('function') || text.startsWith('class') || text.startsWith('async')) summary = 'Function';
  else {
    const m = /^([A-Za-z_$][\w$]*)/.exec(text);
    if (m !== null && !text.startsWith('{')) summary = m[1];
  }
  return { known: false, summary };
}

function formatPromise(ctx, value, recurseTimes) {
  const d = promiseDetails(value);
  if (d.state === -2) return [ctx.stylize('<unknown>', 'special')];
  if (d.state === 0) return [ctx.stylize('<pending>', 'special')];
  let str;
  if (d.known) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, d.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else {
    str = ctx.stylize(`[${d.summary}]`, 'special');
  }
  return [d.state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  let inherited = false;
  if (desc === undefined) {
    desc = ObjectGetOwnPropertyDescriptor(value, key);
    if (desc === undefined) {
      // Accessors on the prototype that Node lists too (byteLength, buffer, ...).
      desc = { value: value[key], enumerable: false };
      inherited = true;
    }
  }
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const got = Reflect.apply(desc.get, original, []);
        if (got === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof got === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, got, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, got, ctx)}${s(']', sp)}`;
        }
      } catch (err) {
        str = `${s(`[${label}:`, sp)} <Inspection threw (${formatValue(ctx, err, recurseTimes)})>${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = ctx.stylize(escapeText(symbolToString.call(key)), 'symbol');
    if (desc.enumerable === false) name = `[${name}]`;
  } else if (key === '__proto__') {
    name = desc.enumerable === false ? "[['__proto__']]" : "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeText(key)}]`;
    if (inherited) name = ctx.stylize(name, 'string');
  } else if (identifierKey.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quoteString(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---- layout ----

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the "... more items" entry out of the columns.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = false;
    if (value !== undefined) {
      padStart = true;
      for (let k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let r = 0; r < outputLength; r += columns) {
      const max = Math.min(r + columns, outputLength);
      let line = '';
      let j = r;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - r] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - r] + output[j].length - dataLen[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      tmp.push(line);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${concatJoin(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${concatJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// Array.prototype.join copies every part into one flat string. A deeply nested value would
// then be copied once per level it is nested in (quadratic in the depth); concatenating with
// `+` lets the engine keep long results as ropes, so each part is copied once, at the end.
function concatJoin(parts, separator) {
  let result = parts.length === 0 ? '' : parts[0];
  for (let i = 1; i < parts.length; i++) result = result + separator + parts[i];
  return result;
}

// ---------------------------------------------------------------------------------------------
// format()

// True when `value` would be turned into a string by a built-in method (so %s inspects it),
// false when user code defines its toString or Symbol.toPrimitive.
function hasBuiltInToString(value) {
  try {
    if (proxyKind(value) !== 0) return true;
    const isBuiltInHolder = (key) => {
      if (hasOwn(value, key)) return false;
      let holder = value;
      do {
        holder = ObjectGetPrototypeOf(holder);
      } while (holder !== null && !hasOwn(holder, key));
      if (holder === null) return true;
      const desc = ObjectGetOwnPropertyDescriptor(holder, 'constructor');
      return desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name);
    };
    if (typeof value[Symbol.toPrimitive] === 'function' && !isBuiltInHolder(Symbol.toPrimitive)) return false;
    if (typeof value.toString !== 'function') return true;
    return isBuiltInHolder('toString');
  } catch {
    return true;
  }
}

function jsonOrCircular(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err instanceof TypeError && /circular/i.test(String(err.message))) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    // %d, %i and %s group digits when the options (or inspect's defaults) ask for it.
    const sep = inspectOptions?.numericSeparator ?? inspectDefaultOptions.numericSeparator;
    let piece;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // s
            const arg = args[++a];
            if (typeof arg === 'number') piece = formatNumber(stylizeNoColor, arg, sep);
            else if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, sep);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
            else piece = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // j
            piece = jsonOrCircular(args[++a]);
            break;
          case 100: { // d
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, sep);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number(arg), sep);
            break;
          }
          case 79: // O
            piece = inspect(args[++a], inspectOptions);
            break;
          case 111: // o
            piece = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // i
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, sep);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number.parseInt(arg), sep);
            break;
          }
          case 102: { // f
            const arg = args[++a];
            if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 99: // c
            a += 1;
            piece = '';
            break;
          case 37: // %
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  const { validateObject, kValidateObjectAllowArray } = require('internal/validators');
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

function isError(e) {
  return isNativeError(e) || isInstanceOf(e, Error);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  getStringWidth,
  stripVTControlCharacters,
  isError,
  stylizeWithColor,
  stylizeNoColor,
  quoteString,
};
