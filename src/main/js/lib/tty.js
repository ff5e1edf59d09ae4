'use strict';

// node:tty — isatty() for the standard descriptors (the launcher knows which of 0, 1, 2 are
// terminals). jnode's other descriptors are not OS descriptors and are never terminals.
// ReadStream / WriteStream (raw mode, window size signals) are not implemented yet: process.stdin
// and process.stdout carry isTTY, columns and rows themselves.

const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const tty = internalBinding('tty_wrap');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && tty.isTTY(fd);
}

function ReadStream(fd, options) {
  throw new ERR_NOT_IMPLEMENTED('tty.ReadStream');
}

function WriteStream(fd) {
  throw new ERR_NOT_IMPLEMENTED('tty.WriteStream');
}

module.exports = { isatty, ReadStream, WriteStream };
