'use strict';

// node:vm — scripts compiled and run in this context or in new ones.
//
// A "context" here is a separate realm of the engine (its own global object and built-ins, as
// V8's contexts are). Node makes the context object itself act as the global; jnode gets the
// same effect by giving the realm's global a Proxy over the context object as its prototype:
// reads of names the realm lacks, and assignments to them, go to the context object. Globals a
// script declares (var, function) live on the realm's global and are copied onto the context
// object after each run, as Node's interceptors make them appear there.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean, validateInt32, validateObject, validateString,
  validateUint32, validateArray, validateOneOf,
  kValidateObjectAllowArray, kValidateObjectAllowFunction,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const realms = internalBinding('jnode_realm');
const contextify = internalBinding('contextify');

const constants = Object.freeze({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// context object -> { index, global, builtinKeys, declared }
const contexts = new WeakMap();

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  return contexts.has(object);
}

function validateContextOptions(options) {
  validateObject(options, 'options');
  const { name, origin, codeGeneration, microtaskMode, importModuleDynamically } = options;
  if (name !== undefined) validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
    if (strings === false || wasm === false) {
      throw new ERR_NOT_IMPLEMENTED('vm contexts that forbid code generation');
    }
  }
  if (microtaskMode !== undefined) {
    validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
    if (microtaskMode === 'afterEvaluate') {
      throw new ERR_NOT_IMPLEMENTED("vm microtaskMode 'afterEvaluate'");
    }
  }
  if (importModuleDynamically !== undefined &&
      typeof importModuleDynamically !== 'function' &&
      importModuleDynamically !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically', ['function', 'vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER'], importModuleDynamically);
  }
}

function newRealm() {
  const index = realms.create();
  const global = realms.global(index);
  return { index, global, builtinKeys: new Set(Reflect.ownKeys(global)), declared: new Set() };
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject === constants.DONT_CONTEXTIFY) {
    validateContextOptions(options);
    const realm = newRealm();
    contexts.set(realm.global, { ...realm, plain: true });
    return realm.global;
  }
  validateObject(contextObject, 'contextObject', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  if (contexts.has(contextObject)) return contextObject;
  validateContextOptions(options);
  const realm = newRealm();
  const sandbox = contextObject;
  const realmProto = Object.getPrototypeOf(realm.global);
  const lookup = new Proxy(Object.create(null), {
    get(target, key, receiver) {
      if (key in sandbox) return Reflect.get(sandbox, key);
      return Reflect.get(realmProto, key, receiver);
    },
    set(target, key, value) {
      sandbox[key] = value;
      return true;
    },
    has(target, key) {
      return key in sandbox || key in realmProto;
    },
    getOwnPropertyDescriptor() {
      return undefined;
    },
    defineProperty(target, key, descriptor) {
      return Reflect.defineProperty(sandbox, key, descriptor);
    },
  });
  Object.setPrototypeOf(realm.global, lookup);
  // Names the sandbox holds that the realm also defines (say `console`, `Array`): the sandbox
  // wins, as with Node's interceptors.
  for (const key of Reflect.ownKeys(sandbox)) shadowBuiltin(realm, sandbox, key);
  contexts.set(sandbox, { ...realm, sandbox });
  return sandbox;
}

function shadowBuiltin(realm, sandbox, key) {
  if (!realm.builtinKeys.has(key)) return;
  const desc = Object.getOwnPropertyDescriptor(realm.global, key);
  if (desc === undefined || !desc.configurable) return;
  Object.defineProperty(realm.global, key, {
    get() { return sandbox[key]; },
    set(v) { sandbox[key] = v; },
    configurable: true,
    enumerable: false,
  });
}

// Runs code in a context's realm, then makes its global declarations visible on the sandbox.
function runInRealm(ctx, code) {
  const { sandbox, global } = ctx;
  if (sandbox !== undefined) {
    // Values set on the sandbox from outside since the last run win over stale copies.
    for (const key of ctx.declared) {
      if (Object.prototype.hasOwnProperty.call(global, key) && global[key] !== sandbox[key]) {
        global[key] = sandbox[key];
      }
    }
    for (const key of Reflect.ownKeys(sandbox)) {
      if (!ctx.shadowed?.has(key)) {
        shadowBuiltin(ctx, sandbox, key);
        (ctx.shadowed ??= new Set()).add(key);
      }
    }
  }
  try {
    return realms.eval(ctx.index, code);
  } finally {
    if (sandbox !== undefined) copyDeclarations(ctx);
  }
}

function copyDeclarations(ctx) {
  const { sandbox, global } = ctx;
  for (const key of Reflect.ownKeys(global)) {
    if (ctx.builtinKeys.has(key)) continue;
    const desc = Object.getOwnPropertyDescriptor(global, key);
    if (desc === undefined || !('value' in desc)) continue;
    ctx.declared.add(key);
    if (sandbox[key] !== desc.value) sandbox[key] = desc.value;
  }
}

function contextOf(contextifiedObject) {
  validateObject(contextifiedObject, 'contextifiedObject', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  const ctx = contexts.get(contextifiedObject);
  if (ctx === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return ctx;
}

function validateRunOptions(options) {
  if (options === undefined) return;
  validateObject(options, 'options');
  const { displayErrors, timeout, breakOnSigint } = options;
  if (displayErrors !== undefined) validateBoolean(displayErrors, 'options.displayErrors');
  if (timeout !== undefined) {
    validateUint32(timeout, 'options.timeout', true);
    throw new ERR_NOT_IMPLEMENTED('vm option timeout');
  }
  if (breakOnSigint !== undefined) {
    validateBoolean(breakOnSigint, 'options.breakOnSigint');
    if (breakOnSigint) throw new ERR_NOT_IMPLEMENTED('vm option breakOnSigint');
  }
}

// Source text with a name for stack traces inside other realms (they have no file name).
function withSourceName(code, filename, lineOffset) {
  const pad = lineOffset > 0 ? '\n'.repeat(lineOffset) : '';
  return `${pad}${code}\n//# sourceURL=${filename}`;
}

class Script {
  #code;
  #filename;
  #lineOffset;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'function' &&
        importModuleDynamically !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
      throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically', ['function', 'vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER'], importModuleDynamically);
    }
    contextify.checkScript(lineOffset > 0 ? '\n'.repeat(lineOffset) + code : code, filename);
    this.#code = code;
    this.#filename = filename;
    this.#lineOffset = lineOffset;
    // jnode cannot use V8's code cache: supplied data is always rejected, none is produced.
    if (cachedData !== undefined) this.cachedDataRejected = true;
    if (produceCachedData) this.cachedDataProduced = false;
    const m = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/m.exec(code);
    this.sourceMapURL = m ? m[1] : undefined;
  }

  runInThisContext(options) {
    validateRunOptions(options);
    const code = this.#lineOffset > 0 ? '\n'.repeat(this.#lineOffset) + this.#code : this.#code;
    return contextify.runScript(code, this.#filename);
  }

  runInContext(contextifiedObject, options) {
    const ctx = contextOf(contextifiedObject);
    validateRunOptions(options);
    return runInRealm(ctx, withSourceName(this.#code, this.#filename, this.#lineOffset));
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    throw new ERR_NOT_IMPLEMENTED('vm.Script.prototype.createCachedData()');
  }
}

function getContextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const out = {};
  if (options.contextName !== undefined) out.name = options.contextName;
  if (options.contextOrigin !== undefined) out.origin = options.contextOrigin;
  if (options.contextCodeGeneration !== undefined) out.codeGeneration = options.contextCodeGeneration;
  if (options.microtaskMode !== undefined) out.microtaskMode = options.microtaskMode;
  return out;
}

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  return options;
}

function runInThisContext(code, options) {
  return new Script(code, scriptOptions(options)).runInThisContext(scriptOptions(options));
}

function runInContext(code, contextifiedObject, options) {
  const opts = scriptOptions(options);
  if (opts !== undefined) validateObject(opts, 'options');
  contextOf(contextifiedObject);
  return new Script(code, opts).runInContext(contextifiedObject, opts);
}

function runInNewContext(code, contextObject, options) {
  const opts = scriptOptions(options);
  if (opts !== undefined) validateObject(opts, 'options');
  const context = createContext(contextObject, getContextOptions(opts));
  return new Script(code, opts).runInContext(context, opts);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  validateObject(options, 'options');
  const {
    filename = '',
    lineOffset = 0,
    columnOffset = 0,
    parsingContext,
    contextExtensions = [],
    cachedData,
    produceCachedData = false,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, kValidateObjectAllowArray | kValidateObjectAllowFunction);
  }
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  let fn;
  if (contextExtensions.length === 0) {
    if (parsingContext === undefined) {
      fn = contextify.compileFunction(code, filename, params.join(', '));
    } else {
      const ctx = contextOf(parsingContext);
      fn = runInRealm(ctx, withSourceName(`(function (${params.join(', ')}) {${code}\n})`, filename, lineOffset));
    }
  } else {
    // Names from the extension objects are in scope, looked up in order: nested `with` blocks
    // around the function (the code itself keeps its own strictness).
    let body = `return (function (${params.join(', ')}) {${code}\n});`;
    for (let i = contextExtensions.length - 1; i >= 0; i--) {
      body = `with (__jnodeExtensions[${i}]) { ${body} }`;
    }
    const factorySrc = `(function (__jnodeExtensions) { ${body} })`;
    const factory = parsingContext === undefined ?
      contextify.runScript(factorySrc, filename) :
      runInRealm(contextOf(parsingContext), withSourceName(factorySrc, filename, 0));
    fn = factory(contextExtensions);
  }
  if (produceCachedData) fn.cachedDataProduced = false;
  if (cachedData !== undefined) fn.cachedDataRejected = true;
  return fn;
}

function measureMemory() {
  throw new ERR_NOT_IMPLEMENTED('vm.measureMemory()');
}

module.exports = {
  Script,
  compileFunction,
  constants,
  createContext,
  isContext,
  measureMemory,
  runInContext,
  runInNewContext,
  runInThisContext,
};
