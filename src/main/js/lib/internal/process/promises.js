'use strict';

// Unhandled promise rejections, handled as Node 26 does by default (--unhandled-rejections=throw).
//
// GraalJS reports a rejection that is still unhandled once its promise jobs have drained; the
// report is queued here and processed after the tick queue, as Node does. GraalJS has no
// "handler added later" notification, so 'rejectionHandled' is not emitted (see architecture.md).

const pending = [];
let host;

function setup(h, setRejectionHandler) {
  host = h;
  setRejectionHandler((reason, promise) => {
    pending.push({ promise, reason });
    host.setRejectionPending(true);
  });
}

let lazyFatal;
function fatalException(err, fromPromise) {
  if (lazyFatal === undefined) lazyFatal = require('internal/process/execution').fatalException;
  return lazyFatal(err, fromPromise);
}

function unhandledRejectionError(reason) {
  const { codes: { ERR_UNHANDLED_REJECTION } } = require('internal/errors');
  let shown;
  try {
    shown = require('internal/util/inspect').inspect(reason);
  } catch {
    shown = String(reason);
  }
  const err = new ERR_UNHANDLED_REJECTION(shown);
  err.name = 'UnhandledPromiseRejection';
  const nl = err.stack.indexOf('\n');
  Object.defineProperty(err, 'stack', {
    value: `UnhandledPromiseRejection: ${err.message}${nl === -1 ? '' : err.stack.slice(nl)}`,
    writable: true, configurable: true, enumerable: false,
  });
  return err;
}

function asError(reason) {
  return reason instanceof Error ? reason : unhandledRejectionError(reason);
}

function warn(reason) {
  const { emitWarning } = require('internal/process/warning');
  let shown;
  if (reason instanceof Error && typeof reason.stack === 'string') shown = reason.stack;
  else {
    try {
      shown = require('internal/util/inspect').inspect(reason);
    } catch {
      shown = String(reason);
    }
  }
  const w = new Error(shown);
  w.name = 'UnhandledPromiseRejectionWarning';
  emitWarning(w);
  if (!warnedOnce) {
    warnedOnce = true;
    const note = new Error('Unhandled promise rejection. This error originated either by throwing inside of an ' +
      'async function without a catch block, or by rejecting a promise which was not handled with .catch(). ' +
      'To terminate the node process on unhandled promise rejection, use the CLI flag ' +
      '`--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: 1)');
    note.name = 'UnhandledPromiseRejectionWarning';
    emitWarning(note);
  }
}
let warnedOnce = false;

function processPromiseRejections() {
  try {
    while (pending.length > 0) {
      const { promise, reason } = pending.shift();
      const mode = require('internal/bootstrap/process').getStartupInfo().unhandledRejections;
      switch (mode) {
        case 'strict': {
          fatalException(asError(reason), true);
          process.emit('unhandledRejection', reason, promise);
          break;
        }
        case 'warn': {
          if (!process.emit('unhandledRejection', reason, promise)) warn(reason);
          break;
        }
        case 'none': {
          process.emit('unhandledRejection', reason, promise);
          break;
        }
        case 'warn-with-error-code': {
          if (!process.emit('unhandledRejection', reason, promise)) {
            warn(reason);
            process.exitCode = 1;
          }
          break;
        }
        default: { // throw
          if (!process.emit('unhandledRejection', reason, promise)) fatalException(asError(reason), true);
        }
      }
    }
  } finally {
    host.setRejectionPending(pending.length > 0);
  }
  return false;
}

module.exports = { processPromiseRejections, setup };
