'use strict';

// node:readline/promises — the Interface whose question() returns a promise, and Readline,
// which batches cursor escape sequences until commit().

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const { InterfaceConstructor } = require('internal/readline/interface');
const { CSI } = require('internal/readline/utils');
const {
  clearLineSequence, moveCursorSequence,
} = require('internal/readline/callbacks');

class Interface extends InterfaceConstructor {
  question(query, options = {}) {
    return this._questionPromise(query, options);
  }
}

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(moveCursorSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(clearLineSequence(dir));
    return this;
  }

  clearScreenDown() {
    this.#queue(CSI.kClearScreenDown);
    return this;
  }

  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
