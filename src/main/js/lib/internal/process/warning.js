'use strict';

// process.emitWarning and the printing of warnings: `(node:PID) Name: message`.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let traceHintShown = false;

function writeToStderr(text) {
  process.stderr.write(text);
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (require('internal/bootstrap/process').getStartupInfo().noWarnings) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  writeToStderr(`${msg}\n`);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  const err = new Error(warning);
  void limit;
  err.name = String(type || 'Warning');
  if (code !== undefined) err.code = code;
  if (detail !== undefined) err.detail = detail;
  Error.captureStackTrace?.(err, ctor || process.emitWarning);
  return err;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown on the next tick, as in Node, so warnings emitted before it are printed first.
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning, onWarning };
