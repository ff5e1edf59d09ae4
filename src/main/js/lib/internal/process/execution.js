'use strict';

// Uncaught exceptions and the end of the process: 'uncaughtException', Node's error report on
// stderr, 'beforeExit' and 'exit'.

const { toExitStatus } = require('internal/bootstrap/process');

const kSyntaxLocation = Symbol('jnode.syntaxLocation');

// Called from Java when compiling user code failed: remembers where, and gives the error Node's
// message (GraalJS puts the file, line and a source excerpt into the message itself).
function decorateSyntaxError(err, filename, line, column) {
  if (err === null || typeof err !== 'object') return;
  Object.defineProperty(err, kSyntaxLocation, { value: { filename, line, column }, enumerable: false });
  let msg = String(err.message);
  const prefix = `${filename}:${line}:`;
  if (msg.startsWith(prefix)) {
    msg = msg.slice(prefix.length).replace(/^\d+ /, '');
  }
  const nl = msg.indexOf('\n');
  if (nl !== -1) msg = msg.slice(0, nl);
  Object.defineProperty(err, 'message', { value: msg, writable: true, configurable: true, enumerable: false });
  const stack = typeof err.stack === 'string' ? err.stack : '';
  const frameAt = stack.indexOf('\n    at ');
  Object.defineProperty(err, 'stack', {
    value: `${err.name}: ${msg}${frameAt === -1 ? '' : stack.slice(frameAt)}`,
    writable: true, configurable: true, enumerable: false,
  });
}

let evalSource; // the -e / stdin program, for the arrow of errors thrown from it
function setEvalSource(name, source) {
  evalSource = { name, source };
}
// The text of the -e / stdin program when `file` names it, else undefined.
function evalSourceText(file) {
  return evalSource !== undefined && file === evalSource.name ? evalSource.source : undefined;
}

function sourceLine(file, line) {
  let text;
  if (evalSource !== undefined && file === evalSource.name) {
    text = evalSource.source;
  } else if (file.startsWith('/')) {
    text = internalBinding('fs').readFileUtf8(file, {});
  } else if (file.startsWith('node:')) {
    text = internalBinding('process_methods').builtinSource(file.slice(5));
  }
  if (typeof text !== 'string') return undefined;
  const lines = text.split('\n');
  const l = lines[line - 1];
  return l === undefined ? undefined : l.replace(/\r$/, '');
}

// Where an error came from: the syntax error's location, else its first stack frame.
function errorLocation(err) {
  if (err === null || typeof err !== 'object') return undefined;
  const syn = err[kSyntaxLocation];
  if (syn) return { file: syn.filename, line: syn.line, column: syn.column, isSyntax: true };
  const stack = err.stack;
  if (typeof stack !== 'string') return undefined;
  const m = /\n {4}at (?:.*? \()?(.+?):(\d+):(\d+)\)?(?:\n|$)/.exec(stack);
  if (!m) return undefined;
  return { file: m[1], line: +m[2], column: +m[3], isSyntax: false };
}

// Node's "arrow": the file and line, the source line, and a caret under the error's position.
// For thrown errors V8 points at the throw statement; for rejections, where the error was made.
// `thrownAt` is where the engine saw the throw ({ file, line, column }), when the caller knows it:
// the only location a thrown primitive has.
function arrowFor(err, fromPromise, thrownAt) {
  const loc = thrownAt !== undefined && !fromPromise && !err?.[kSyntaxLocation] ?
    { ...thrownAt, isSyntax: true } : errorLocation(err);
  if (!loc) return '';
  const text = sourceLine(loc.file, loc.line);
  if (text === undefined) return `${loc.file}:${loc.line}\n`;
  let col = loc.column - 1;
  if (!loc.isSyntax && !fromPromise) {
    // V8 points at the throw statement; GraalJS's frame points at the `new Error`.
    const before = text.slice(0, col);
    const m = /\bthrow\s+$/.exec(before);
    if (m) col = m.index;
  }
  return `${loc.file}:${loc.line}\n${text}\n${' '.repeat(Math.max(0, col))}^\n`;
}

function inspectForReport(err) {
  try {
    return require('internal/util/inspect').inspect(err, { colors: false });
  } catch {
    if (err instanceof Error && typeof err.stack === 'string') return err.stack;
    return String(err);
  }
}

function writeStderr(text) {
  try {
    process.stderr.write(text);
  } catch {
    internalBinding('fs').writeString(2, text);
  }
}

// The text Node prints for a thrown primitive: the value as a string (a symbol prints nothing).
function primitiveToString(value) {
  return typeof value === 'symbol' ? '' : String(value);
}

function reportUncaught(err, fromPromise = false, thrownAt = undefined) {
  const arrow = arrowFor(err, fromPromise, thrownAt);
  let body;
  if ((err !== null && typeof err === 'object') || typeof err === 'function') {
    body = `${arrow}\n${inspectForReport(err)}\n`;
  } else {
    body = `${arrow ? `\n${arrow}` : ''}${primitiveToString(err)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  writeStderr(`${body}\nNode.js ${process.version}\n`);
}

// The loop calls this with any error a callback did not catch (and the rejection processing
// with unhandled rejections). It either hands the error to 'uncaughtException' listeners and
// returns, or reports it and ends the process with exit code 1. `file`, `line` and `column`, when
// given, are where the engine saw the throw (PolyglotException.getSourceLocation()).
function fatalException(err, fromPromise = false, file = undefined, line = 0, column = 0) {
  const thrownAt = typeof file === 'string' && line > 0 ? { file, line, column } : undefined;
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
  } catch {
    // a throwing monitor does not stop the report
  }
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', err, origin);
    } catch (handlerError) {
      // A listener that throws ends the process at once: Node reports that error and exits
      // with 7, without 'exit' listeners.
      process._exiting = true;
      reportUncaught(handlerError);
      process.reallyExit(7);
    }
    return;
  }
  // As in Node: 'exit' listeners run first (seeing exitCode 1), then the report is printed.
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // already failing: the original error decides the exit code
    }
  }
  reportUncaught(err, fromPromise, thrownAt);
  process.reallyExit(1);
}

function emitBeforeExit() {
  process.emit('beforeExit', toExitStatus(process.exitCode));
}

// The loop ran dry: emit 'exit' and return the status the process ends with.
// Checks to run when the event loop has ended on its own, before 'exit' (the ESM loader's
// unsettled top-level await check).
const loopEndChecks = [];
function onLoopEnd(fn) {
  loopEndChecks.push(fn);
}

function emitExit() {
  if (!process._exiting) {
    for (const check of loopEndChecks) check();
    process._exiting = true;
    process.emit('exit', toExitStatus(process.exitCode));
  }
  return toExitStatus(process.exitCode);
}

module.exports = {
  decorateSyntaxError,
  emitBeforeExit,
  emitExit,
  evalSourceText,
  fatalException,
  kSyntaxLocation,
  onLoopEnd,
  setEvalSource,
};
