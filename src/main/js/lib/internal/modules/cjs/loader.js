'use strict';

// The CommonJS loader: Node's resolution (relative paths, node_modules up the tree, package.json
// "main" and "exports"/"imports" with conditions), the module wrapper, the cache, require.resolve.

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ESM, ERR_UNKNOWN_BUILTIN_MODULE, ERR_INVALID_PACKAGE_CONFIG,
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
const conditions = ['require', 'node', 'module-sync', 'default'];

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

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
const kParent = Symbol('kParent');

// ---- file system probes (cached per resolution) ----

const statCache = new Map();
function stat(filename) {
  const cached = statCache.get(filename);
  if (cached !== undefined) return cached;
  const result = fsBinding.internalModuleStat(filename);
  if (statCache.size > 10000) statCache.clear();
  statCache.set(filename, result);
  return result;
}

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

// The parsed package.json in directory `dir`, or null.
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
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
  } catch (e) {
    const err = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, e.message);
    err.path = jsonPath;
    throw err;
  }
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

// The nearest package.json at or above `checkPath`'s directory (stopping at node_modules).
function readPackageScope(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return false;
    const pkg = readPackage(dir);
    if (pkg) return { data: pkg, path: dir };
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

// ---- resolution ----

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (isMain) return toRealPath(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg?.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  const actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    const fallback = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!fallback) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        `Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    return fallback;
  }
  return actual;
}

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

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

  const exts = Object.keys(Module._extensions);
  let trailingSlash = request.length > 0 && request.charCodeAt(request.length - 1) === 47;
  if (!trailingSlash) trailingSlash = trailingSlashRegex.test(request);

  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue; // not a directory
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '';
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (loaders.canBeRequiredWithoutScheme(request) || request.startsWith('node:')) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    if (parent?.paths === undefined && parent == null) paths = Module._nodeModulePaths('.').concat(Module.globalPaths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths.unshift(...nodePath.split(':').filter(Boolean));
  }
  Module.globalPaths = paths;
};

// ---- package exports / imports ----

function isConditionalSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let isSugar;
  for (const key of Object.keys(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (isSugar === undefined) isSugar = cur;
    else if (isSugar !== cur) {
      throw new ERR_INVALID_PACKAGE_CONFIG(undefined, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.');
    }
  }
  return isSugar;
}

function resolveTarget(pkgDir, target, subpath, key, isImport, base) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImport && !target.startsWith('../') && !target.startsWith('/')) {
        // a bare specifier target of "imports"
        return { bare: subpath ? target.replace(/\*/g, subpath) : target };
      }
      throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', key, target, isImport, base);
    }
    const resolvedTarget = target.includes('*') ? target.replace(/\*/g, subpath) : target + subpath;
    if (/(^|\/)\.\.?(\/|$)/.test(resolvedTarget.slice(2)) || /(^|\/)node_modules(\/|$)/.test(resolvedTarget.slice(2))) {
      throw new ERR_INVALID_MODULE_SPECIFIER(resolvedTarget, 'request is not a valid subpath', base);
    }
    return { file: path.resolve(pkgDir, resolvedTarget) };
  }
  if (Array.isArray(target)) {
    let lastErr;
    for (const t of target) {
      try {
        const r = resolveTarget(pkgDir, t, subpath, key, isImport, base);
        if (r !== undefined && r !== null) return r;
      } catch (e) {
        lastErr = e;
        if (e.code !== 'ERR_INVALID_PACKAGE_TARGET') throw e;
      }
    }
    if (lastErr) throw lastErr;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const cond of Object.keys(target)) {
      if (/^\d+$/.test(cond)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(pkgDir + '/package.json', base,
          '"exports" cannot contain numeric property keys.');
      }
      if (conditions.includes(cond)) {
        const r = resolveTarget(pkgDir, target[cond], subpath, key, isImport, base);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(pkgDir + '/', key, target, isImport, base);
}

// Matches `subpathKey` ('.', './x', '#x') against an exports/imports map, with '*' patterns.
function matchMap(map, key) {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) return { target: map[key], sub: '', key };
  let best = null;
  let bestSub = '';
  for (const k of Object.keys(map)) {
    const star = k.indexOf('*');
    if (star === -1 || k.indexOf('*', star + 1) !== -1) continue;
    const prefix = k.slice(0, star);
    const suffix = k.slice(star + 1);
    if (key.startsWith(prefix) && key !== prefix && key.length >= k.length && key.endsWith(suffix)) {
      if (best === null || patternKeyCompare(best, k) > 0) {
        best = k;
        bestSub = key.slice(prefix.length, key.length - suffix.length);
      }
    }
  }
  return best === null ? null : { target: map[best], sub: bestSub, key: best };
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function packageExportsResolve(pkgDir, subpath, exports, base) {
  if (isConditionalSugar(exports)) exports = { '.': exports };
  const m = matchMap(exports, subpath);
  if (m !== null) {
    const r = resolveTarget(pkgDir, m.target, m.sub, m.key, false, base);
    if (r && r.file) return r.file;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', subpath, base);
}

// `request` as a package name and subpath: 'pkg/sub' -> ['pkg', './sub'], '@s/p' -> ['@s/p', '.'].
function splitPackageRequest(request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return null;
  return [m[1], '.' + (m[2] || '')];
}

function resolveExports(nmPath, request) {
  const split = splitPackageRequest(request);
  if (!split) return false;
  const [name, subpath] = split;
  const pkgDir = path.resolve(nmPath, name);
  const pkg = readPackage(pkgDir);
  if (pkg?.exports !== undefined && pkg.exports !== null) {
    return finalizeExportsPath(packageExportsResolve(pkgDir, subpath, pkg.exports), request);
  }
  return false;
}

function finalizeExportsPath(file, request) {
  if (stat(file) === 0) return toRealPath(file);
  const err = new Error(`Cannot find module '${file}'`);
  err.code = 'MODULE_NOT_FOUND';
  void request;
  throw err;
}

// A package requiring itself by its own name, through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = readPackageScope(parentPath);
  if (!scope || scope.data.exports === undefined || scope.data.exports === null) return false;
  const name = scope.data.name;
  if (typeof name !== 'string') return false;
  let subpath;
  if (request === name) subpath = '.';
  else if (request.startsWith(`${name}/`)) subpath = '.' + request.slice(name.length);
  else return false;
  return finalizeExportsPath(packageExportsResolve(scope.path, subpath, scope.data.exports, parentPath), request);
}

function resolveImports(request, parent) {
  const parentPath = parent?.filename;
  const scope = parentPath ? readPackageScope(parentPath) : false;
  if (request === '#' || request.startsWith('#/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(request, 'is not a valid internal imports specifier name', parentPath);
  }
  if (scope && scope.data.imports != null && typeof scope.data.imports === 'object') {
    const m = matchMap(scope.data.imports, request);
    if (m !== null) {
      const r = resolveTarget(scope.path, m.target, m.sub, m.key, true, parentPath);
      if (r?.file) return finalizeExportsPath(r.file, request);
      if (r?.bare) return Module._resolveFilename(r.bare, parent, false);
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(request, scope ? scope.path + '/' : undefined, parentPath);
}

function getRequireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor[kParent] ?? cursor.parent) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (request.startsWith('node:') || loaders.canBeRequiredWithoutScheme(request)) {
    if (request.startsWith('node:') && !loaders.exists(request.slice(5))) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return request;
  }
  if (request[0] === '#' && !options?.paths) return resolveImports(request, parent);

  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    if (isRelative) {
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
  } else if (options?.paths === undefined) {
    paths = Module._resolveLookupPaths(request, parent);
  } else {
    const { codes: { ERR_INVALID_ARG_VALUE: E } } = require('internal/errors');
    throw new E('options.paths', options.paths);
  }

  if (parent?.filename && request[0] !== '.' && request[0] !== '/') {
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

Module._load = function(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!loaders.exists(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loaders.loadPublic(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    return cachedModule.exports;
  }
  if (loaders.canBeRequiredWithoutScheme(filename)) return loaders.loadPublic(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setMain(module);
    module.id = '.';
    module[kIsMainSymbol] = true;
  }
  module[kParent] = parent;
  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
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

const relativeResolveCache = { __proto__: null };

function setMain(module) {
  process.mainModule = module;
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) throw new ERR_REQUIRE_ESM(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    const nl = content.indexOf('\n');
    return nl === -1 ? '' : '//' + content.slice(2);
  }
  return content;
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = contextify.compileFunction(stripShebang(content), filename, wrapperParams);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return Reflect.apply(compiledWrapper, exports, [exports, require, this, filename, dirname]);
};

Module._extensions['.js'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename, {});
  if (content == null) {
    const err = new Error(`Cannot find module '${filename}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  if (filename.endsWith('.js')) {
    const scope = readPackageScope(filename);
    if (scope && scope.data.type === 'module') throw new ERR_REQUIRE_ESM(filename);
  }
  module._compile(stripBOM(content), filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename, {});
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': jnode runs on the JVM and does not ` +
    'support native addons (.node files). Use a pure-JavaScript alternative of this package.');
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

function createRequire(filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = filename.href;
  }
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = decodeURIComponent(filename.replace(/^file:\/\/(localhost)?/, ''));
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

Module.createRequire = createRequire;

Module.runMain = function(main = process.argv[1]) {
  const resolved = Module._findPath(path.resolve(main), null, true);
  Module._load(resolved || main, undefined, true);
};

Module.isBuiltin = function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (moduleName.startsWith('node:')) return loaders.exists(moduleName.slice(5));
  return loaders.canBeRequiredWithoutScheme(moduleName);
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (const request of requests) parent.require(request);
};

Module.Module = Module;

module.exports = { Module, makeRequireFunction, readPackageScope, stripShebang };
