'use strict';

// Terminal helpers shared by readline's callback and promise APIs: the CSI escape codes, the
// keypress decoder that turns terminal input into Node's key objects, and string helpers that
// work in code points (so astral characters move and delete as one).

const kEscape = '\x1b';
// Set on an Interface by emitKeypressEvents while a chunk of input is still being decoded.
const kMoreInputFollows = Symbol('moreInputFollows');

// Control Sequence Introducer codes, as a tagged template: CSI`${n}A` is "ESC [ n A".
function CSI(strings, ...args) {
  let out = `${kEscape}[`;
  for (let i = 0; i < args.length; i++) out += strings[i] + args[i];
  return out + strings[strings.length - 1];
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// Length in UTF-16 units of the code point that starts at `i` / ends just before `i`.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;  // a position past the end still moves by one
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Escape-sequence codes and what they name; an entry may also imply a modifier.
const keyNames = {
  __proto__: null,
  '[P': 'f1', 'OP': 'f1', '[11~': 'f1', '[[A': 'f1',
  '[Q': 'f2', 'OQ': 'f2', '[12~': 'f2', '[[B': 'f2',
  '[R': 'f3', 'OR': 'f3', '[13~': 'f3', '[[C': 'f3',
  '[S': 'f4', 'OS': 'f4', '[14~': 'f4', '[[D': 'f4',
  '[15~': 'f5', '[[E': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', 'OA': 'up', '[B': 'down', 'OB': 'down', '[C': 'right', 'OC': 'right',
  '[D': 'left', 'OD': 'left', '[E': 'clear', 'OE': 'clear', '[F': 'end', 'OF': 'end',
  '[H': 'home', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup',
  '[6~': 'pagedown', '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[Z': 'tab',
};
const shiftedCodes = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home',
  '[8$': 'end', '[Z': 'tab',
};
const ctrlCodes = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home',
  '[8^': 'end',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// A generator fed one character at a time (`next(ch)`); it emits 'keypress' on `stream` for
// every complete key. Feeding '' while an escape sequence is open ends it (the escape timeout).
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    if (ch === '') continue;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, or ESC O modifier letter (old xterm)
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ params final, or ESC [ [ letter (Cygwin, PuTTY)
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const start = s.length - 1;
        while (isDigit(ch) || ch === ';') s += (ch = yield);
        const cmd = s.slice(start);
        let m;
        if ((m = /^(\d\d?)(?:;(\d))?([~^$])$/.exec(cmd)) !== null) {
          code += m[1] + m[3];
          modifier = (Number(m[2]) || 1) - 1;
        } else if ((m = /^(?:\d;)?(\d)?([A-Za-z])$/.exec(cmd)) !== null) {
          code += m[2];
          modifier = (Number(m[1]) || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = (modifier & 4) !== 0;
      key.meta = (modifier & 10) !== 0;
      key.shift = (modifier & 1) !== 0;
      key.code = code;
      if (code in shiftedCodes) {
        key.name = shiftedCodes[code];
        key.shift = true;
      } else if (code in ctrlCodes) {
        key.name = ctrlCodes[code];
        key.ctrl = true;
      } else if (code in keyNames) {
        key.name = keyNames[code];
        if (code === '[Z') key.shift = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);  // ctrl+letter
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch !== key.name;
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length !== 0 ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      stream.emit('keypress', s, key);
    }
  }
}

module.exports = { CSI, charLengthAt, charLengthLeft, commonPrefix, emitKeys, kEscape, kMoreInputFollows };
