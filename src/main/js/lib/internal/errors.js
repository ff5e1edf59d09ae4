'use strict';

// Node's error codes and messages (part of Node's API), the system-error builders that turn a
// libuv errno into Node's Error, and the helpers core modules use to throw them.

const kIsNodeError = Symbol('kIsNodeError');
const messages = new Map();
const codes = {};

// errno (negative, Linux) -> [name, description], as libuv's uv_err_name / uv_strerror.
const uvErrors = new Map([
  [-7, ['E2BIG', 'argument list too long']],
  [-13, ['EACCES', 'permission denied']],
  [-98, ['EADDRINUSE', 'address already in use']],
  [-99, ['EADDRNOTAVAIL', 'address not available']],
  [-97, ['EAFNOSUPPORT', 'address family not supported']],
  [-11, ['EAGAIN', 'resource temporarily unavailable']],
  [-3000, ['EAI_ADDRFAMILY', 'address family not supported']],
  [-3001, ['EAI_AGAIN', 'temporary failure']],
  [-3002, ['EAI_BADFLAGS', 'bad ai_flags value']],
  [-3013, ['EAI_BADHINTS', 'invalid value for hints']],
  [-3003, ['EAI_CANCELED', 'request canceled']],
  [-3004, ['EAI_FAIL', 'permanent failure']],
  [-3005, ['EAI_FAMILY', 'ai_family not supported']],
  [-3006, ['EAI_MEMORY', 'out of memory']],
  [-3007, ['EAI_NODATA', 'no address']],
  [-3008, ['EAI_NONAME', 'unknown node or service']],
  [-3009, ['EAI_OVERFLOW', 'argument buffer overflow']],
  [-3014, ['EAI_PROTOCOL', 'resolved protocol is unknown']],
  [-3010, ['EAI_SERVICE', 'service not available for socket type']],
  [-3011, ['EAI_SOCKTYPE', 'socket type not supported']],
  [-114, ['EALREADY', 'connection already in progress']],
  [-9, ['EBADF', 'bad file descriptor']],
  [-16, ['EBUSY', 'resource busy or locked']],
  [-125, ['ECANCELED', 'operation canceled']],
  [-4080, ['ECHARSET', 'invalid Unicode character']],
  [-103, ['ECONNABORTED', 'software caused connection abort']],
  [-111, ['ECONNREFUSED', 'connection refused']],
  [-104, ['ECONNRESET', 'connection reset by peer']],
  [-89, ['EDESTADDRREQ', 'destination address required']],
  [-17, ['EEXIST', 'file already exists']],
  [-14, ['EFAULT', 'bad address in system call argument']],
  [-27, ['EFBIG', 'file too large']],
  [-113, ['EHOSTUNREACH', 'host is unreachable']],
  [-4, ['EINTR', 'interrupted system call']],
  [-22, ['EINVAL', 'invalid argument']],
  [-5, ['EIO', 'i/o error']],
  [-106, ['EISCONN', 'socket is already connected']],
  [-21, ['EISDIR', 'illegal operation on a directory']],
  [-40, ['ELOOP', 'too many symbolic links encountered']],
  [-24, ['EMFILE', 'too many open files']],
  [-90, ['EMSGSIZE', 'message too long']],
  [-36, ['ENAMETOOLONG', 'name too long']],
  [-100, ['ENETDOWN', 'network is down']],
  [-101, ['ENETUNREACH', 'network is unreachable']],
  [-23, ['ENFILE', 'file table overflow']],
  [-105, ['ENOBUFS', 'no buffer space available']],
  [-19, ['ENODEV', 'no such device']],
  [-2, ['ENOENT', 'no such file or directory']],
  [-12, ['ENOMEM', 'not enough memory']],
  [-64, ['ENONET', 'machine is not on the network']],
  [-92, ['ENOPROTOOPT', 'protocol not available']],
  [-28, ['ENOSPC', 'no space left on device']],
  [-38, ['ENOSYS', 'function not implemented']],
  [-107, ['ENOTCONN', 'socket is not connected']],
  [-20, ['ENOTDIR', 'not a directory']],
  [-39, ['ENOTEMPTY', 'directory not empty']],
  [-88, ['ENOTSOCK', 'socket operation on non-socket']],
  [-95, ['ENOTSUP', 'operation not supported on socket']],
  [-75, ['EOVERFLOW', 'value too large for defined data type']],
  [-1, ['EPERM', 'operation not permitted']],
  [-32, ['EPIPE', 'broken pipe']],
  [-71, ['EPROTO', 'protocol error']],
  [-93, ['EPROTONOSUPPORT', 'protocol not supported']],
  [-91, ['EPROTOTYPE', 'protocol wrong type for socket']],
  [-34, ['ERANGE', 'result too large']],
  [-30, ['EROFS', 'read-only file system']],
  [-108, ['ESHUTDOWN', 'cannot send after transport endpoint shutdown']],
  [-29, ['ESPIPE', 'invalid seek']],
  [-3, ['ESRCH', 'no such process']],
  [-110, ['ETIMEDOUT', 'connection timed out']],
  [-26, ['ETXTBSY', 'text file is busy']],
  [-18, ['EXDEV', 'cross-device link not permitted']],
  [-4094, ['UNKNOWN', 'unknown error']],
  [-4095, ['EOF', 'end of file']],
  [-6, ['ENXIO', 'no such device or address']],
  [-31, ['EMLINK', 'too many links']],
  [-112, ['EHOSTDOWN', 'host is down']],
  [-121, ['EREMOTEIO', 'remote I/O error']],
  [-25, ['ENOTTY', 'inappropriate ioctl for device']],
  [-4028, ['EFTYPE', 'inappropriate file type or format']],
  [-84, ['EILSEQ', 'illegal byte sequence']],
  [-94, ['ESOCKTNOSUPPORT', 'socket type not supported']],
  [-10, ['ECHILD', 'no child processes']],
]);

function uvErrmapGet(errno) {
  return uvErrors.get(errno);
}

function uvErrName(errno) {
  const e = uvErrors.get(errno);
  return e ? e[0] : `Unknown system error ${errno}`;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  return desc === undefined ? Object.isExtensible(Error) : desc.writable === true || desc.set !== undefined;
}

// Gives `err.stack` Node's first line, `Name [CODE]: message`, keeping the captured frames.
function setStackHeader(err, key, message) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  const nl = stack.indexOf('\n    at ');
  const frames = nl === -1 ? '' : stack.slice(nl);
  Object.defineProperty(err, 'stack', {
    value: `${err.name} [${key}]: ${message}${frames}`,
    writable: true, configurable: true, enumerable: false,
  });
}

// Restarts `err`'s stack below `fn` (hiding jnode's own frames from it, as Node's internals do)
// and keeps Node's `Name [CODE]: message` first line.
function restartStackBelow(err, fn) {
  if (typeof Error.captureStackTrace !== 'function') return;
  Error.captureStackTrace(err, fn);
  if (typeof err.code === 'string') setStackHeader(err, err.code, err.message);
}

function makeNodeErrorWithCode(Base, key) {
  function NodeError(...args) {
    const error = new Base();
    // The stack starts where the error was raised, not in this constructor (as in Node).
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(error, NodeError);
    if (new.target !== undefined && new.target !== NodeError) {
      Object.setPrototypeOf(error, new.target.prototype);
    }
    const message = getMessage(key, args, error);
    Object.defineProperties(error, {
      [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      toString: {
        value() { return `${this.name} [${key}]: ${this.message}`; },
        enumerable: false, writable: true, configurable: true,
      },
    });
    error.code = key;
    setStackHeader(error, key, message);
    return error;
  }
  Object.setPrototypeOf(NodeError.prototype, Base.prototype);
  Object.setPrototypeOf(NodeError, Base);
  return NodeError;
}

function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  const base = makeNodeErrorWithCode(def, sym);
  for (const clazz of otherClasses) base[clazz.name] = makeNodeErrorWithCode(clazz, sym);
  codes[sym] = base;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return Reflect.apply(msg, self, args);
  const expected = (msg.match(/%[dfijoOs]/g) || []).length;
  if (args.length !== expected && expected !== 0) {
    throw new Error(`Code: ${key}; The provided arguments length (${args.length}) does not match the required ones (${expected}).`);
  }
  if (args.length === 0) return msg;
  return lazyFormat()(msg, ...args);
}

let format;
function lazyFormat() {
  if (format === undefined) format = require('internal/util/inspect').format;
  return format;
}
let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

// ---- helpers for messages ----

const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];

function formatList(array, type = 'and') {
  return array.length < 3 ? array.join(` ${type} `)
    : `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value) return 'type number (NaN)';
      if (value === Infinity) return 'type number (Infinity)';
      if (value === -Infinity) return 'type number (-Infinity)';
      return `type number (${value})`;
    case 'boolean': return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object': {
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return `${lazyInspect()(value, { depth: -1 })}`;
    }
    case 'string': {
      let v = value;
      if (v.length > 28) v = `${v.slice(0, 25)}...`;
      if (v.indexOf("'") === -1) return `type string ('${v}')`;
      return `type string (${JSON.stringify(v)})`;
    }
    default: {
      let inspected = lazyInspect()(value, { colors: false });
      if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
      return `type ${type} (${inspected})`;
    }
  }
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    const type = name.includes('.') ? 'property' : 'argument';
    msg += `"${name}" ${type} `;
  }
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += `one of type ${types.join(', ')}, or ${last}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    if (instances.length > 2) {
      const last = instances.pop();
      msg += `an instance of ${instances.join(', ')}, or ${last}`;
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 2) {
      const last = other.pop();
      msg += `one of ${other.join(', ')}, or ${last}`;
    } else if (other.length === 2) {
      msg += `one of ${other[0]} or ${other[1]}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

// ---- the codes ----

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in jnode or incorrect usage of jnode internals.\n' +
    'Please open an issue with this stack trace.';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect()(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', function(path, input = undefined) {
  if (input !== undefined) this.input = input;
  return `File URL path ${path}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s: %s', TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport && target.length && !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relatedError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}${relatedError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const res = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` : `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1: msg += `${args[0]} argument`; break;
    case 2: msg += `${args[0]} and ${args[1]} arguments`; break;
    default:
      msg += args.slice(0, len - 1).join(', ');
      msg += `, and ${args[len - 1]} arguments`;
      break;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_TEST_FAILURE', function testFailure(error, failureType) {
  this.failureType = failureType;
  this.cause = error;
  return typeof error === 'string' ? error : (error && error.message) || String(error);
}, Error);
E('ERR_MODULE_NOT_FOUND', (request, base, exactUrl) =>
  `Cannot find ${exactUrl ? 'module' : 'package'} '${request}' imported from ${base}`, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', (path, base) =>
  `Directory import '${path}' is not supported resolving ES modules imported from ${base}`, Error);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) =>
  `Only URLs with a scheme in: ${supported.join(', ')} are supported by the default ESM loader. Received protocol '${url.protocol}'`, Error);
E('ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_NOT_IMPLEMENTED', '%s is not implemented in jnode yet', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect()(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_REQUIRE_ESM', (filename) =>
  `require() of ES Module ${filename} is not supported by jnode yet`, Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
makeSystemErrorWithCode('ERR_SYSTEM_ERROR', 'A system error occurred');
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  // The emitter passes the already-inspected value (a string).
  return `${msg} (${typeof err === 'string' ? err : lazyInspect()(err)})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);
E('ERR_UNHANDLED_REJECTION', 'This error originated either by throwing inside of an async function without a catch ' +
  'block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "%s".', Error);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
// url, querystring
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x3fffffe7 characters', Error);

// event_target, abort_controller, perf_hooks
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);

// util.parseArgs, util.MIMEType
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
  `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`,
  TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ?
    ". To specify a positional argument starting with a '-', place it at the end of the command " +
    `after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);

// ---- system errors ----

// Builds Node's error for a failed system call: `ENOENT: no such file or directory, open '/x'`,
// with errno, code, syscall, path and dest.
function uvException(ctx) {
  const [code, uvmsg] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = new Error(message);
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
    err[prop] = ctx[prop];
  }
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return err;
}

function errnoException(err, syscall, original) {
  const code = uvErrName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

// An error whose stack frames above `fn` are hidden, as Node's internal validators are.
function hideStackFrames(fn) {
  return fn;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

function isErrorLike(e) {
  return e !== null && typeof e === 'object' && typeof e.stack === 'string';
}

// ---- fs (node:fs) ----

// Node's SystemError: `${prefix}: ${syscall} returned ${code} (${message}) ${path} => ${dest}`,
// with the context on `info` and errno/syscall/path/dest read through it.
function makeSystemErrorWithCode(key, prefix) {
  class NodeSystemError extends Error {
    constructor(context) {
      let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
      if (context.path !== undefined) message += ` ${context.path}`;
      if (context.dest !== undefined) message += ` => ${context.dest}`;
      super(message);
      this.code = key;
      Object.defineProperties(this, {
        [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
        info: { value: context, enumerable: true, configurable: true, writable: false },
        errno: {
          get() { return context.errno; }, set(v) { context.errno = v; }, enumerable: true, configurable: true,
        },
        syscall: {
          get() { return context.syscall; }, set(v) { context.syscall = v; }, enumerable: true, configurable: true,
        },
      });
      if (context.path !== undefined) {
        Object.defineProperty(this, 'path', {
          get() { return context.path != null ? context.path.toString() : context.path; },
          set(v) { context.path = v; }, enumerable: true, configurable: true,
        });
      }
      if (context.dest !== undefined) {
        Object.defineProperty(this, 'dest', {
          get() { return context.dest != null ? context.dest.toString() : context.dest; },
          set(v) { context.dest = v; }, enumerable: true, configurable: true,
        });
      }
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  Object.defineProperty(NodeSystemError.prototype, 'name', {
    value: 'SystemError', enumerable: false, writable: true, configurable: true,
  });
  messages.set(key, prefix);
  codes[key] = NodeSystemError;
}

makeSystemErrorWithCode('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
makeSystemErrorWithCode('ERR_FS_CP_EEXIST', 'Target already exists');
makeSystemErrorWithCode('ERR_FS_CP_EINVAL', 'Invalid src or dest');
makeSystemErrorWithCode('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe');
makeSystemErrorWithCode('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');
makeSystemErrorWithCode('ERR_FS_CP_SOCKET', 'Cannot copy a socket file');
makeSystemErrorWithCode('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self');
makeSystemErrorWithCode('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type');
makeSystemErrorWithCode('ERR_FS_EISDIR', 'Path is a directory');
makeSystemErrorWithCode('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size');
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);


// ---- net (node:net, dns lookups for it) ----
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const op = allowZero ? '>=' : '>';
  return `${name} should be ${op} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);

// ---- dgram, dns ----
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);

// ---- crypto, zlib ----
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);

// ---- tls, https ----
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${protocols.join(', ')})`;
}, TypeError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_METHOD', '%s', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version %j conflicts with secureProtocol %j', TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_CRYPTO_OPERATION_FAILED', '%s', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);

// ---- async_hooks ----
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);

// ---- http ----
E('ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);

// `connect ECONNREFUSED 127.0.0.1:80`: errno, code, syscall, address, port (in that order).
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = uvErrName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// `listen EADDRINUSE: address already in use 127.0.0.1:80`: code, errno, syscall, address, port.
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvErrmapGet(err) || ['UNKNOWN', 'unknown error'];
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${syscall} ${code}: ${uvmsg}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// getaddrinfo failures: `getaddrinfo ENOTFOUND example.invalid`.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    code = code === -3008 || code === -3007 ? 'ENOTFOUND' : uvErrName(code);
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

module.exports = {
  restartStackBelow,
  AbortError,
  codes,
  determineSpecificType,
  dnsException,
  errnoException,
  exceptionWithHostPort,
  formatList,
  getMessage,
  hideStackFrames,
  isErrorLike,
  isErrorStackTraceLimitWritable,
  kIsNodeError,
  addNumericalSeparator,
  uvErrmapGet,
  uvErrName,
  uvErrors,
  uvException,
  uvExceptionWithHostPort,
};
