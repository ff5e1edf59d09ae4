'use strict';

// readline's cursor helpers for callback users: each writes one escape sequence to a stream
// and returns what stream.write returned (true when there was nothing to write).

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

function checkCallback(callback) {
  if (callback !== undefined && callback !== null) validateFunction(callback, 'callback');
}

function finish(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

// The escape sequence that moves the cursor to column x (and row y when given).
function cursorToSequence(x, y) {
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (typeof x !== 'number') {
    if (typeof y === 'number') throw new ERR_INVALID_CURSOR_POS();
    return '';
  }
  return typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
}

function moveCursorSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return data;
}

function clearLineSequence(dir) {
  if (dir < 0) return CSI.kClearToLineBeginning;
  if (dir > 0) return CSI.kClearToLineEnd;
  return CSI.kClearLine;
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  checkCallback(callback);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    // Still validate: Node throws for NaN and for a row without a column.
    if (stream != null) cursorToSequence(x, y);
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return finish(stream, cursorToSequence(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return finish(stream, moveCursorSequence(dx, dy), callback);
}

function clearLine(stream, dir, callback) {
  checkCallback(callback);
  return finish(stream, clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  return finish(stream, CSI.kClearScreenDown, callback);
}

module.exports = {
  clearLine, clearLineSequence, clearScreenDown, cursorTo, cursorToSequence, moveCursor,
  moveCursorSequence,
};
