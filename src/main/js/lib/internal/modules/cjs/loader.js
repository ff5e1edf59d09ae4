'use strict';

// The CommonJS loader: Node's resolution (relative paths, node_modules up the tree, package.json
// "main" and "exports"/"imports" with conditions), the module wrapper, the cache, require.resolve.

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_NOT_IMPLEMENTED, ERR_UNKNOWN_BUILTIN_MODULE, ERR_INVALID_PACKAGE_CONFIG,
    ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_INVALID_MODULE_SPECIFIER,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const loaders = require('internal/bootstrap/loaders');

const fsBinding = internalBinding('fs');
const contextify = internalBinding('contextify');

const kIsMainSymbol = Symbol('kIsMainSymbol');
const wrapperParams = 'exports, require, module, __filename, __dirname';
// The conditions require() matches in "exports"/"imports" (besides "default"). Not "node-addons"
// (jnode cannot load addons, as with --no-addons). The ESM loader swaps in its own while it
// resolves an import.
const conditions = ['require', 'node', 'module-sync'];

const kParent = Symbol('kParent');

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  this[kParent] = parent;
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// Adds `child` to the parent's children (once, when `scan` asks to check).
function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
let modulePaths = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

// module.parent: the module that first required this one (null for the main module, undefined
// for modules made by createRequire).
Object.defineProperty(Module.prototype, 'parent', {
  get() {
    return this[kParent];
  },
  set(v) {
    this[kParent] = v;
  },
  enumerable: false,
  configurable: true,
});

Object.defineProperty(Module.prototype, 'isPreloading', {
  get() {
    return isPreloading;
  },
  enumerable: false,
  configurable: true,
});
let isPreloading = false;

// ---- file system probes ----

// stat results are cached while a require() is in progress (a resolution probes the same paths
// many times), and forgotten when the outermost require returns, so files created later are seen.
let statCache = null;
let requireDepth = 0;
function stat(filename) {
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  const result = fsBinding.internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}
Module._stat = stat;

const realpathCache = new Map();
function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = fsBinding.realpath(requestPath, {}) ?? requestPath;
    realpathCache.set(requestPath, real);
  }
  return real;
}

// ---- package.json ----

const packageJsonCache = new Map();

// The package.json at `jsonPath`, parsed, or null when there is none.
function readPackageJson(jsonPath, base) {
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  if (stat(jsonPath) !== 0) {
    packageJsonCache.set(jsonPath, null);
    return null;
  }
  const text = fsBinding.readFileUtf8(jsonPath, {});
  if (text == null) {
    packageJsonCache.set(jsonPath, null);
    return null;
  }
  let parsed;
  try {
    parsed = JSON.parse(stripBOM(text));
  } catch {
    // Node names the file, not the parser's complaint: "Invalid package config <path>."
    void base;
    throw new ERR_INVALID_PACKAGE_CONFIG(`${jsonPath}.`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) parsed = {};
  const pkg = {
    path: jsonPath,
    name: typeof parsed.name === 'string' ? parsed.name : undefined,
    main: typeof parsed.main === 'string' ? parsed.main : undefined,
    exports: parsed.exports,
    imports: parsed.imports,
    type: parsed.type === 'module' || parsed.type === 'commonjs' ? parsed.type : 'none',
    raw: parsed,
  };
  packageJsonCache.set(jsonPath, pkg);
  return pkg;
}

// The parsed package.json in directory `dir`, or null.
function readPackage(dir) {
  return readPackageJson(path.resolve(dir, 'package.json'));
}

Module._readPackage = function _readPackage(dir) {
  const pkg = readPackage(dir);
  return pkg === null ? { exists: false } : { exists: true, ...pkg, pjsonPath: pkg.path };
};

// The nearest package.json above `checkPath` (a file), not looking past a node_modules
// directory: { data, path } with path the package's directory, or false.
function readPackageScope(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (dir.endsWith('/node_modules')) return false;
    const parent = path.dirname(dir);
    if (parent === dir) return false; // the root's package.json is not a scope
    const pkg = readPackageJson(path.join(dir, 'package.json'), checkPath);
    if (pkg) return { data: pkg, path: dir };
    dir = parent;
  }
}

// ---- resolution ----

function tryFile(requestPath) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext);
    if (filename) return filename;
  }
  return false;
}

// A directory: its package.json "main", else its index file.
function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename) ||
    tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts);
    const jsonPath = path.resolve(requestPath, 'package.json');
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = jsonPath;
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// Requests whose last segment is '.' or '..' name directories.
const trailingDotsRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.endsWith('/') || trailingDotsRegex.test(request);
  // A relative request that climbs out of the search directory must not skip missing ones.
  let insidePath = true;
  if (request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..') {
    insidePath = !path.normalize(request).startsWith('..');
  }

  for (const curPath of paths) {
    if (insidePath && curPath && stat(curPath) < 1) continue; // not a directory
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// The node_modules directories a module in `from` searches, nearest first.
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(`${parts.slice(0, i).join('/')}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

function isRelativeRequest(request) {
  if (request[0] !== '.') return false;
  return request.length === 1 || request[1] === '/' || (request[1] === '.' && (request.length === 2 || request[2] === '/'));
}

Module._resolveLookupPaths = function(request, parent) {
  if (isRequirableBuiltin(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths;
    if (parent?.paths?.length) {
      paths = parent.paths.concat(modulePaths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }
  // A parent without a file (the REPL, -r preloads) resolves relative requests from the cwd.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = paths.slice();
};

// Node 26's core modules (its module.builtinModules). An id in this list is a core module in
// jnode too, implemented or not: require() of one jnode lacks throws ERR_NOT_IMPLEMENTED rather
// than looking for a package of that name.
const nodeBuiltinIds = new Set([
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process',
  'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises',
  'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
]);
// The ones that exist only with the `node:` scheme.
const nodeSchemeOnlyIds = new Set(['ffi', 'sea', 'sqlite', 'test', 'test/reporters']);

// True for ids require() maps to a core module: 'fs', 'node:fs', 'node:test' (not 'test').
function isRequirableBuiltin(request) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    return loaders.exists(id) || nodeBuiltinIds.has(id) || nodeSchemeOnlyIds.has(id);
  }
  return loaders.canBeRequiredWithoutScheme(request) || nodeBuiltinIds.has(request);
}

// The exports of core module `request` ('fs' or 'node:fs'), which isRequirableBuiltin accepted.
function loadBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (loaders.exists(id)) return loaders.loadPublic(id);
  throw new ERR_NOT_IMPLEMENTED(`The core module 'node:${id}'`);
}

// module.builtinModules: the bare ids, then the scheme-only ones with their scheme.
function builtinModuleIds() {
  const bare = new Set([...nodeBuiltinIds, ...loaders.builtinIds()]);
  const schemeOnly = new Set([...nodeSchemeOnlyIds, ...loaders.schemeOnlyIds()]);
  return [...[...bare].sort(), ...[...schemeOnly].sort().map((id) => `node:${id}`)];
}

// ---- package exports / imports ----

const invalidSegmentRegex = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegex = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegex = /^\.|%|\\/;
void deprecatedInvalidSegmentRegex;

function isConditionalExportsMainSugar(exports, pkgJsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let isSugar;
  for (const key of Object.keys(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (isSugar === undefined) {
      isSugar = cur;
    } else if (isSugar !== cur) {
      throw new ERR_INVALID_PACKAGE_CONFIG(pkgJsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isSugar;
}

function invalidTarget(pkgDir, key, target, isImports, base) {
  return new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', key, target, isImports, base);
}

// One target of an "exports"/"imports" entry: a string, an array of fallbacks, or an object of
// conditions. Returns { file } or { bare } (imports only), null for an explicit null, undefined
// when no condition matched.
function resolveTarget(pkgDir, target, subpath, key, pattern, isImports, base) {
  if (typeof target === 'string') {
    if (!pattern && subpath !== '' && !target.endsWith('/')) throw invalidTarget(pkgDir, key, target, isImports, base);
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        let isURL = false;
        try {
          new URL(target);
          isURL = true;
        } catch {
          // not a URL: a package name
        }
        if (!isURL) return { bare: pattern ? target.replaceAll('*', subpath) : target + subpath };
      }
      throw invalidTarget(pkgDir, key, target, isImports, base);
    }
    if (invalidSegmentRegex.test(target.slice(2))) throw invalidTarget(pkgDir, key, target, isImports, base);
    const resolved = path.resolve(pkgDir, target);
    if (!resolved.startsWith(pkgDir + '/') && resolved !== pkgDir) {
      throw invalidTarget(pkgDir, key, target, isImports, base);
    }
    if (subpath === '') return { file: resolved };
    if (invalidSegmentRegex.test(subpath)) {
      const request = pattern ? key.replace('*', () => subpath) : key + subpath;
      throw new ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${key}" for the "${isImports ? 'imports' : 'exports'}" ` +
        `resolution of ${pkgDir}/package.json`, base);
    }
    if (pattern) return { file: path.resolve(pkgDir, target.replaceAll('*', subpath)) };
    return { file: path.resolve(pkgDir, target + subpath) };
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastErr;
    let result;
    for (const t of target) {
      try {
        result = resolveTarget(pkgDir, t, subpath, key, pattern, isImports, base);
      } catch (e) {
        lastErr = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastErr = null;
        continue;
      }
      return result;
    }
    if (lastErr === undefined || lastErr === null) return result;
    throw lastErr;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    for (const k of keys) {
      if (/^\d+$/.test(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(pkgDir + '/package.json', base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of keys) {
      if (k === 'default' || conditions.includes(k)) {
        const r = resolveTarget(pkgDir, target[k], subpath, key, pattern, isImports, base);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(pkgDir, key, target, isImports, base);
}

// Orders pattern keys: the longest prefix before '*' first, then the longest key.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseLenA = aStar === -1 ? a.length : aStar + 1;
  const baseLenB = bStar === -1 ? b.length : bStar + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the entry of an exports/imports map for `name` ('./x' or '#x'): exact keys first, then
// '*' patterns, then legacy folder keys ending in '/'.
function matchMap(map, name) {
  if (Object.prototype.hasOwnProperty.call(map, name) && !name.includes('*')) {
    return { target: map[name], subpath: '', key: name, pattern: false };
  }
  let bestKey = '';
  let bestSubpath;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star !== -1 && name.startsWith(key.slice(0, star))) {
      const trailer = key.slice(star + 1);
      if (name.length >= key.length && name.endsWith(trailer) && patternKeyCompare(bestKey, key) === 1 &&
          key.lastIndexOf('*') === star) {
        bestKey = key;
        bestSubpath = name.slice(star, name.length - trailer.length);
      }
    }
  }
  if (bestKey) return { target: map[bestKey], subpath: bestSubpath, key: bestKey, pattern: true };
  return null;
}

function packageExportsResolve(pkgDir, subpath, exports, base) {
  const pkgJsonPath = pkgDir + '/package.json';
  if (isConditionalExportsMainSugar(exports, pkgJsonPath, base)) exports = { '.': exports };
  const m = matchMap(exports, subpath);
  if (m !== null) {
    const r = resolveTarget(pkgDir, m.target, m.subpath, m.key, m.pattern, false, base);
    if (r?.file) return r.file;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', subpath, base);
}

function packageImportsResolve(request, parentPath, parent) {
  if (request === '#' || request.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name', parentPath);
  }
  const scope = readPackageScope(parentPath);
  if (scope && scope.data.imports != null && typeof scope.data.imports === 'object') {
    const m = matchMap(scope.data.imports, request);
    if (m !== null) {
      const r = resolveTarget(scope.path, m.target, m.subpath, m.key, m.pattern, true, parentPath);
      if (r?.file) return finalizeResolution(r.file, request, scope.path);
      if (r?.bare) return Module._resolveFilename(r.bare, parent, false);
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, scope ? scope.path + '/' : undefined, parentPath);
}

// `request` as a package name and subpath: 'pkg/sub' -> ['pkg', '/sub'], '@s/p' -> ['@s/p', ''].
const packageRequestRegex = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request) {
  const m = packageRequestRegex.exec(request);
  if (!m) return false;
  const pkgDir = path.resolve(nmPath, m[1]);
  const pkg = readPackage(pkgDir);
  if (pkg?.exports != null) {
    const file = packageExportsResolve(pkgDir, '.' + (m[2] || ''), pkg.exports, undefined);
    return finalizeResolution(file, request, pkgDir);
  }
  return false;
}

// An "exports"/"imports" target must exist as a file.
function finalizeResolution(file, request, pkgDir) {
  if (file.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(file, 'is not a valid module specifier'); // directories are not targets
  }
  if (stat(file) === 0) return toRealPath(file);
  const err = new Error(`Cannot find module '${file}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = pkgDir;
  throw err;
}

// A package requiring itself by its own name, through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = readPackageScope(parentPath);
  if (!scope || scope.data.exports == null || scope.data.name === undefined) return false;
  const name = scope.data.name;
  let subpath;
  if (request === name) subpath = '.';
  else if (request.startsWith(`${name}/`)) subpath = '.' + request.slice(name.length);
  else return false;
  return finalizeResolution(packageExportsResolve(scope.path, subpath, scope.data.exports, parentPath),
    request, scope.path);
}

function getRequireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor[kParent]) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (isRequirableBuiltin(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (request.startsWith('./') || request.startsWith('../')) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookup = Module._resolveLookupPaths(request, fakeParent);
          for (const lp of lookup || []) if (!paths.includes(lp)) paths.push(lp);
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && parent?.filename) {
    const scope = readPackageScope(parent.filename);
    if (scope && scope.data.imports != null) return packageImportsResolve(request, parent.filename, parent);
  }

  if (parent?.filename) {
    const selfResolved = trySelf(parent.filename, request);
    if (selfResolved) return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = getRequireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading ----

const relativeResolveCache = { __proto__: null };

// A module required again while it is still loading (a cycle) hands out its partial exports.
// Reading a property they do not have (yet) is usually a bug, so, as in Node, such reads emit a
// warning: a plain exports object gets this prototype for the time of the cycle, and loses it
// once its module has loaded.
const circularWarningPrototype = new Proxy({}, {
  get(target, prop, receiver) {
    if (prop in Object.prototype || prop === '__esModule') return Reflect.get(Object.prototype, prop, receiver);
    warnCircular(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    warnCircular(prop);
    return undefined;
  },
});

function warnCircular(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

function exportsForCycle(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' && Object.getPrototypeOf(exports) === Object.prototype &&
      !exports.__esModule) {
    Object.setPrototypeOf(exports, circularWarningPrototype);
  }
  return exports;
}

function cachedExports(module) {
  return module.loaded ? module.exports : exportsForCycle(module);
}

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        return cachedExports(cachedModule);
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    if (!isRequirableBuiltin(request)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(request);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    return cachedExports(cachedModule);
  }
  if (isRequirableBuiltin(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    module[kIsMainSymbol] = true;
  }
  Module._cache[filename] = module;
  if (parent !== undefined && parent !== null) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // a dotfile's leading dot is not an extension
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
  const exports = this.exports;
  if (exports !== null && typeof exports === 'object' && Object.getPrototypeOf(exports) === circularWarningPrototype) {
    Object.setPrototypeOf(exports, Object.prototype);
  }
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  if (requireDepth++ === 0) statCache = new Map();
  try {
    return Module._load(id, this, false);
  } finally {
    if (--requireDepth === 0) statCache = null;
  }
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// A '#!' first line becomes a comment, keeping line numbers.
function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) return '//' + content.slice(2);
  return content;
}

// The engine reports columns on a module's first line shifted by the wrapper put in front of
// it; code that maps a stack location back to the source (assert.ok's message) corrects with
// this.
const wrappedFiles = new Set();
function firstLineColumnShift(filename) {
  return wrappedFiles.has(filename) ? contextify.wrapperLength(wrapperParams) : 0;
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = contextify.compileFunction(stripShebang(content), filename, wrapperParams);
  wrappedFiles.add(filename);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return Reflect.apply(compiledWrapper, exports, [exports, require, this, filename, dirname]);
};

function readSource(filename) {
  const ctx = {};
  const content = fsBinding.readFileUtf8(filename, ctx);
  if (content == null) {
    const { uvException } = require('internal/errors');
    throw uvException({ errno: ctx.errno, syscall: ctx.syscall || 'open', path: filename });
  }
  return content;
}

// require() of an ES module (Node >= 22.12): evaluated synchronously, exports its namespace.
function loadEsm(module, filename) {
  module.exports = require('internal/modules/esm/loader').requireModule(filename);
}

Module._extensions['.js'] = function(module, filename) {
  if (filename.endsWith('.mjs')) return loadEsm(module, filename);
  if (filename.endsWith('.js')) {
    const scope = readPackageScope(filename);
    if (scope && scope.data.type === 'module') return loadEsm(module, filename);
  }
  const content = readSource(filename);
  module._compile(stripBOM(content), filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  // What dlopen() would say about files that are not shared objects; real addons are native code
  // for another runtime, which jnode cannot run.
  const st = fsBinding.stat(filename, false, {});
  const size = st == null ? -1 : st[8];
  let reason;
  if (size < 0) reason = 'cannot open shared object file: No such file or directory';
  else if (size < 64) reason = 'file too short';
  else if (!String(fsBinding.readFileUtf8(filename, {})).startsWith('\x7fELF')) reason = 'invalid ELF header';
  if (reason === undefined) {
    throw new ERR_NOT_IMPLEMENTED(`Loading native addons (${filename})`);
  }
  const err = new Error(`${filename}: ${reason}`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// ---- entry points ----

function createRequireFromPath(filename) {
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

// The path of a file: URL (string or URL object), or undefined when it is not one.
function fileURLToPathOrUndefined(url) {
  const href = typeof url === 'string' ? url : url?.href;
  if (typeof href !== 'string') return undefined;
  const m = /^file:\/\/(localhost)?(\/[^?#]*)(?:[?#].*)?$/i.exec(href);
  if (!m) return undefined;
  if (/%2f/i.test(m[2])) return undefined; // an encoded '/' cannot be part of a file name
  try {
    return decodeURIComponent(m[2]);
  } catch {
    return undefined;
  }
}

function createRequire(filename) {
  let filepath;
  const isURLObject = typeof filename === 'object' && filename !== null &&
    typeof filename.href === 'string' && typeof filename.protocol === 'string';
  if (isURLObject || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    filepath = fileURLToPathOrUndefined(filename);
  } else if (typeof filename === 'string') {
    filepath = filename;
  }
  if (filepath === undefined) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  return createRequireFromPath(filepath);
}

Module.createRequire = createRequire;

Module.runMain = function(main = process.argv[1]) {
  const resolved = Module._findPath(path.resolve(main), null, true);
  if (resolved) {
    const esm = require('internal/modules/esm/loader');
    if (esm.isModuleFile(resolved)) {
      esm.runMainModule(resolved);
      return;
    }
  }
  requireDepth++;
  statCache = new Map();
  try {
    Module._load(resolved || main, null, true);
  } finally {
    requireDepth--;
    statCache = null;
  }
};

Module.isBuiltin = function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  return isRequirableBuiltin(moduleName);
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  isPreloading = true;
  try {
    for (const request of requests) parent.require(request);
  } finally {
    isPreloading = false;
  }
};

Module.Module = Module;

module.exports = {
  Module, builtinModuleIds, firstLineColumnShift, isRequirableBuiltin,
  // for the ESM loader
  resolveConditions: conditions,
  statPath: stat,
  realPath: toRealPath,
  readPackage,
  readSourceText: readSource,
  resolveSelf: trySelf,
  resolvePackageExports: packageExportsResolve,
  resolvePackageImports(request, parentPath) {
    return packageImportsResolve(request, parentPath, undefined);
  }, loadBuiltin, makeRequireFunction, readPackageScope, stripShebang,
};
