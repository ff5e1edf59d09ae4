'use strict';

// The readline Interface shared by node:readline and node:readline/promises: line splitting
// for plain streams, and for terminals a line editor (cursor movement, history with prefix
// search, a kill ring, undo/redo, tab completion) driven by 'keypress' events.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { getStringWidth, stripVTControlCharacters, inspect } = require('internal/util/inspect');
const {
  charLengthAt, charLengthLeft, commonPrefix, kMoreInputFollows,
} = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kMaxKillRing = 32;
const kMaxUndoRedo = 2048;
// Line ends: \n, \r\n, a lone \r, and the Unicode line and paragraph separators.
const kLineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/;
const kLineSplit = /\r\n|\n|\r|\u2028|\u2029/;

const kQuestionCallback = Symbol('questionCallback');
const kQuestionReject = Symbol('questionReject');
const kOldPrompt = Symbol('oldPrompt');
const kKillRing = Symbol('killRing');
const kKillRingCursor = Symbol('killRingCursor');
const kYanking = Symbol('yanking');
const kUndoStack = Symbol('undoStack');
const kRedoStack = Symbol('redoStack');
const kSubstringSearch = Symbol('substringSearch');
const kLineIterator = Symbol('lineIterator');
const kCleanup = Symbol('cleanup');

class InterfaceConstructor extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    let escapeCodeTimeout = 500;
    let tabSize = 8;

    if (input?.input) {
      // An options object.
      output = input.output;
      completer = input.completer;
      terminal = input.terminal;
      history = input.history;
      historySize = input.historySize;
      signal = input.signal;
      if (input.tabSize !== undefined) {
        validateUint32(input.tabSize, 'tabSize', true);
        tabSize = input.tabSize;
      }
      removeHistoryDuplicates = input.removeHistoryDuplicates;
      if (input.prompt !== undefined) prompt = input.prompt;
      if (input.escapeCodeTimeout !== undefined) {
        if (Number.isFinite(input.escapeCodeTimeout)) {
          escapeCodeTimeout = input.escapeCodeTimeout;
        } else {
          // Node 26 reports the default here, not the value it rejected.
          throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', escapeCodeTimeout);
        }
      }
      if (signal) validateAbortSignal(signal, 'options.signal');
      crlfDelay = input.crlfDelay;
      input = input.input;
    }

    if (completer !== undefined && typeof completer !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (history === undefined) history = [];
    else validateArray(history, 'history');
    if (historySize === undefined) historySize = kHistorySize;
    validateNumber(historySize, 'size', 0);
    if (terminal === undefined && !(output === null || output === undefined)) {
      terminal = !!output.isTTY;
    }

    this.isCompletionEnabled = true;
    this.escapeCodeTimeout = escapeCodeTimeout;
    this.tabSize = tabSize;
    this.history = history;
    this.historyIndex = -1;
    this.historySize = historySize;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.line = '';
    this.cursor = 0;
    this.output = output;
    this.input = input;
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.completer = completer === undefined ? undefined : wrapCompleter(completer);
    this.terminal = !!terminal;
    this.closed = false;
    this.paused = false;
    this.prevRows = 0;
    this._prompt = prompt;
    this._sawReturnAt = 0;
    this._sawKeyPress = false;
    this._previousKey = null;
    this._line_buffer = null;
    this._decoder = new StringDecoder('utf8');
    this[kQuestionCallback] = null;
    this[kQuestionReject] = null;
    this[kOldPrompt] = '';
    this[kKillRing] = [];
    this[kKillRingCursor] = 0;
    this[kYanking] = false;
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this[kSubstringSearch] = null;

    const onError = (err) => this.emit('error', err);
    const onData = (data) => this._normalWrite(data);
    const onEnd = () => {
      const rest = this._decoder.end();
      if (rest) this._normalWrite(rest);
      if (typeof this._line_buffer === 'string' && this._line_buffer.length > 0) {
        this.emit('line', this._line_buffer);
        this._line_buffer = null;
      }
      this.close();
    };
    const onKeypress = (s, key) => this._ttyWrite(s, key);
    const onTermEnd = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onResize = () => this._refreshLine();

    input.on('error', onError);
    if (!this.terminal) {
      input.on('data', onData);
      input.on('end', onEnd);
    } else {
      emitKeypressEvents(input, this);
      input.on('keypress', onKeypress);
      input.on('end', onTermEnd);
      this._setRawMode(true);
      if (output !== null && output !== undefined) output.on('resize', onResize);
    }
    this[kCleanup] = () => {
      input.removeListener('error', onError);
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('keypress', onKeypress);
      input.removeListener('end', onTermEnd);
      if (this.terminal && output !== null && output !== undefined) {
        output.removeListener('resize', onResize);
      }
    };

    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) {
        process.nextTick(onAbort);
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }

    // Current line.
    input.resume();
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  _question(query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this._prompt;
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  // question() answering with a promise (readline/promises, and util.promisify of the callback
  // form): rejects with AbortError when options.signal aborts or the interface closes first.
  _questionPromise(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(new AbortError(undefined, { cause: signal.reason }));
          return;
        }
        const onAbort = () => {
          this._questionCancel();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this._question(query, cb);
      this[kQuestionReject] = reject;
    });
  }

  _questionCancel() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this[kQuestionReject] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this[kCleanup]();
    this.emit('close');
    if (this[kQuestionReject]) {
      const reject = this[kQuestionReject];
      this[kQuestionCallback] = null;
      this[kQuestionReject] = null;
      reject(new AbortError('The readline interface was closed'));
    }
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  getCursorPos() {
    return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  }

  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
    return this[kLineIterator];
  }

  // ---- output ----

  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  _writeToOutput(stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  _refreshLine() {
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    if (this.prevRows > 0) moveCursor(this.output, 0, -this.prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // A line that exactly fills the last row needs a character to move the cursor down.
    if (dispPos.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  // Rows and columns `str` takes on the terminal (tabs, wide characters, embedded newlines).
  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;  // a wide character does not split over rows
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  _getCursorPos() {
    return this.getCursorPos();
  }

  // ---- lines ----

  _normalWrite(b) {
    if (b === undefined) return;
    let string = this._decoder.write(b);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this._sawReturnAt = 0;
    }
    const hasEnding = kLineEnding.test(string);
    if (this._line_buffer) {
      string = this._line_buffer + string;
      this._line_buffer = null;
    }
    if (hasEnding) {
      this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
      const lines = string.split(kLineSplit);
      this._line_buffer = lines.pop();
      for (const line of lines) this._onLine(line);
    } else if (string) {
      this._line_buffer = string;
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this[kQuestionReject] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  _line() {
    const line = this._addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this._onLine(line);
  }

  // ---- editing ----

  _beforeEdit(oldText, oldCursor) {
    this[kRedoStack] = [];
    this[kUndoStack].push({ text: oldText, cursor: oldCursor });
    if (this[kUndoStack].length > kMaxUndoRedo) this[kUndoStack].shift();
  }

  _undo() {
    if (this[kUndoStack].length === 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  _redo() {
    if (this[kRedoStack].length === 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  _insertString(c) {
    this._beforeEdit(this.line, this.cursor);
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      if (this[kMoreInputFollows]) this._writeToOutput(c);  // redrawn once the chunk is done
      else this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this._refreshLine();
    }
  }

  _wordLeft() {
    if (this.cursor > 0) {
      const leading = [...this.line.slice(0, this.cursor)].reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(leading);
      this._moveCursor(-match[0].length);
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this._moveCursor(match[0].length);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit(this.line, this.cursor);
      const n = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const n = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit(this.line, this.cursor);
      const leading = [...this.line.slice(0, this.cursor)].reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(leading);
      const kept = this.line.slice(0, this.cursor - match[0].length);
      this.line = kept + this.line.slice(this.cursor);
      this.cursor = kept.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this._beforeEdit(this.line, this.cursor);
    this._pushToKillRing(this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this._beforeEdit(this.line, this.cursor);
    this._pushToKillRing(this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  _pushToKillRing(del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    if (this[kKillRing].length > kMaxKillRing) this[kKillRing].pop();
  }

  _yank() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kKillRingCursor] = 0;
      this._insertString(this[kKillRing][0]);
    }
  }

  _yankPop() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const lastYank = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % this[kKillRing].length;
    const currentYank = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - lastYank.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + currentYank + tail;
    this.cursor = head.length + currentYank.length;
    this._refreshLine();
  }

  // ---- history ----

  _historyNext() {
    if (this.historyIndex >= 0) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!this.history[index].startsWith(search) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  // ---- completion ----

  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    this.completer(string, (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${inspect(err)}`);
        return;
      }
      this._showCompletions(lastKeypressWasTab, value);
    });
  }

  _showCompletions(lastKeypressWasTab, value) {
    if (!Array.isArray(value)) return;
    const [completions, completeOn = ''] = value;
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
        this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;

    // A second tab lists the candidates in columns.
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        output += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        output += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        output += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        output += '\r\n';
      }
    }
    if (lineIndex !== 0) output += '\r\n\r\n';
    this._writeToOutput(output);
    this._refreshLine();
  }

  // ---- keys ----

  _ttyWrite(s, key) {
    const previousKey = this._previousKey;
    key = key || {};
    this._previousKey = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Up/down without modifiers search history for the text left of the cursor.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) { this._undo(); return; }  // ctrl+_ or ctrl+-
      if (code === 0x1e) { this._redo(); return; }  // ctrl+^
    }

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this._deleteLineLeft();
      else if (key.name === 'delete') this._deleteLineRight();
    } else if (key.ctrl) {
      this._ctrlKey(key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd': case 'delete': this._deleteWordRight(); break;
        case 'backspace': this._deleteWordLeft(); break;
        case 'y': this._yankPop(); break;
      }
    } else {
      this._plainKey(s, key, previousKey);
    }
  }

  _ctrlKey(key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h': this._deleteLeft(); break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        break;
      case 'u': this._deleteLineLeft(); break;
      case 'k': this._deleteLineRight(); break;
      case 'a': this._moveCursor(-Infinity); break;
      case 'e': this._moveCursor(+Infinity); break;
      case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
      case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
      case 'l':
        cursorTo(this.output, 0, 0);
        clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n': this._historyNext(); break;
      case 'p': this._historyPrev(); break;
      case 'y': this._yank(); break;
      case 'z':
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          process.once('SIGCONT', () => {
            if (!this.paused) {
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          process.kill(process.pid, 'SIGTSTP');
        }
        break;
      case 'w': case 'backspace': this._deleteWordLeft(); break;
      case 'delete': this._deleteWordRight(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
    }
  }

  _plainKey(s, key, previousKey) {
    switch (key.name) {
      case 'return':
        this._sawReturnAt = Date.now();
        this._line();
        break;
      case 'enter':
        // \n right after \r (within crlfDelay) ends the same line.
        if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
        this._sawReturnAt = 0;
        break;
      case 'backspace': this._deleteLeft(); break;
      case 'delete': this._deleteRight(); break;
      case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
      case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
      case 'home': this._moveCursor(-Infinity); break;
      case 'end': this._moveCursor(+Infinity); break;
      case 'up': this._historyPrev(); break;
      case 'down': this._historyNext(); break;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this._tabComplete(previousKey !== null && previousKey.name === 'tab');
          break;
        }
        // Without a completer a tab is text.
      // falls through
      default:
        if (typeof s === 'string' && s) {
          this._sawReturnAt = 0;
          const lines = s.split(kLineSplit);
          for (let i = 0; i < lines.length; i++) {
            if (i > 0) this._line();
            this._insertString(lines[i]);
          }
        }
    }
  }
}

// A completer may answer synchronously, through a callback (when it takes two arguments), or
// with a promise.
function wrapCompleter(completer) {
  if (completer.length === 2) return completer;
  return (line, cb) => {
    let result;
    try {
      result = completer(line);
    } catch (err) {
      cb(err);
      return;
    }
    if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
      result.then((v) => cb(null, v), cb);
    } else {
      cb(null, result);
    }
  };
}

// rl[Symbol.asyncIterator](): lines queue while the consumer is busy; above `high` queued lines
// the interface pauses its input, and resumes it when fewer than `low` remain. Ending the loop
// early closes the interface.
function lineIterator(rl) {
  const queue = [];
  const waiting = [];
  let done = false;
  let error = null;
  let paused = false;
  const high = 1024;
  const low = 1;

  const onLine = (line) => {
    const w = waiting.shift();
    if (w !== undefined) {
      w.resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (!paused && queue.length > high) {
      paused = true;
      rl.pause();
    }
  };
  const finish = () => {
    if (done) return;
    done = true;
    rl.removeListener('line', onLine);
    rl.removeListener('close', finish);
    rl.removeListener('error', onError);
    for (const w of waiting.splice(0)) {
      if (error !== null) w.reject(error);
      else w.resolve({ value: undefined, done: true });
    }
  };
  const onError = (err) => {
    error = err;
    finish();
  };
  rl.on('line', onLine);
  rl.on('close', finish);
  rl.on('error', onError);

  const watermarkData = {
    get size() { return queue.length; },
    get low() { return low; },
    get high() { return high; },
    get isPaused() { return paused; },
  };
  const AsyncIteratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  return Object.setPrototypeOf({
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (paused && queue.length < low && !rl.closed) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      rl.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
    [Symbol.for('nodejs.watermarkData')]: watermarkData,
  }, AsyncIteratorPrototype);
}

module.exports = {
  InterfaceConstructor,
  kQuestionCallback,
  kQuestionReject,
};
