'use strict';

// ES modules. The engine (GraalJS) parses, links and evaluates modules itself; it reads every
// module through jnode's module file system (dev.jnode.runtime.ModuleFileSystem), which asks
// `moduleSource(path)` here for the text to parse. That is where Node's rules come in:
//
// - an ES module's static specifiers are resolved with Node's ESM resolution and replaced by
//   absolute paths, so the engine only ever follows absolute paths; `import(x)` calls get a
//   resolver call around their specifier; `import.meta` gets url/filename/dirname/resolve;
// - core modules are virtual files (/@jnode/builtin/<id>) whose text re-exports the module;
// - CommonJS files imported from ESM are loaded by the CommonJS loader and re-exported (their
//   named exports are the keys of module.exports once it has run — it runs when the importing
//   graph is loaded, a little earlier than Node runs it);
// - a specifier that cannot be resolved becomes a virtual module that throws Node's error.
//
// Generated code reaches this loader through one non-enumerable global, `kHook`, whose
// functions expose nothing beyond what `require` already does.

const path = require('path');
const { pathToFileURL, fileURLToPath, URL } = require('internal/url');
const {
  codes: {
    ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNKNOWN_BUILTIN_MODULE, ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_INVALID_MODULE_SPECIFIER,
  },
} = require('internal/errors');
const { scanModule } = require('internal/modules/esm/lexer');
const cjs = require('internal/modules/cjs/loader');
const loaders = require('internal/bootstrap/loaders');

const kVirtualRoot = '/@jnode/';
const kBuiltinPrefix = `${kVirtualRoot}builtin/`;
const kErrorPrefix = `${kVirtualRoot}error/`;
const kEvalPrefix = `${kVirtualRoot}eval/`;
const kHook = Symbol.for('jnode.esm');
const hookExpr = "globalThis[Symbol.for('jnode.esm')]";

const esmConditions = ['import', 'node', 'module-sync'];

const pendingErrors = new Map();
let nextErrorId = 1;

// ---- resolution (Node's ESM_RESOLVE) ----

function isBuiltinSpecifier(specifier) {
  if (specifier.startsWith('node:')) return true;
  return loaders.canBeRequiredWithoutScheme(specifier) || cjs.isRequirableBuiltin(specifier);
}

function builtinPath(specifier) {
  const id = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (!loaders.exists(id)) {
    if (cjs.isRequirableBuiltin(specifier)) {
      // A Node core module jnode lacks: importing it says so.
      return errorPath(cjsLoadError(specifier));
    }
    return errorPath(new ERR_UNKNOWN_BUILTIN_MODULE(specifier));
  }
  return kBuiltinPrefix + id;
}

function cjsLoadError(specifier) {
  try {
    cjs.loadBuiltin(specifier);
  } catch (err) {
    return err;
  }
  return new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
}

function errorPath(err) {
  return kErrorPrefix + errorId(err);
}

// Runs `fn` with the ESM conditions active in the shared "exports"/"imports" matcher.
function withEsmConditions(fn) {
  const list = cjs.resolveConditions;
  const saved = list.splice(0, list.length, ...esmConditions);
  try {
    return fn();
  } finally {
    list.splice(0, list.length, ...saved);
  }
}

// The absolute path `specifier` names from the module at `parentPath`; throws Node's errors.
function resolve(specifier, parentPath) {
  if (isBuiltinSpecifier(specifier)) return builtinPath(specifier);
  let file;
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    file = fileURLToPath(new URL(specifier, pathToFileURL(parentPath)));
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    const url = new URL(specifier);
    if (url.protocol !== 'file:') {
      throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url, ['file', 'node']);
    }
    file = fileURLToPath(url);
  } else if (specifier.startsWith('#')) {
    file = withEsmConditions(() => cjs.resolvePackageImports(specifier, parentPath));
    if (file.startsWith(kVirtualRoot)) return file;
  } else {
    file = withEsmConditions(() => resolvePackage(specifier, parentPath));
  }
  return finalize(file, specifier, parentPath);
}

function finalize(file, specifier, parentPath) {
  const kind = cjs.statPath(file);
  if (kind === 1) {
    throw new ERR_UNSUPPORTED_DIR_IMPORT(file.endsWith('/') ? file : file, parentPath);
  }
  if (kind !== 0) throw new ERR_MODULE_NOT_FOUND(file, parentPath, true);
  return cjs.realPath(file);
}

const packageNameRegex = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolvePackage(specifier, parentPath) {
  const m = packageNameRegex.exec(specifier);
  if (m === null) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', parentPath);
  }
  const [, name, rest = ''] = m;
  const self = cjs.resolveSelf(parentPath, specifier);
  if (self) return self;
  for (const dir of cjs.Module._nodeModulePaths(path.dirname(parentPath))) {
    const pkgDir = path.join(dir, name);
    if (cjs.statPath(pkgDir) !== 1) continue;
    const pkg = cjs.readPackage(pkgDir);
    if (pkg && pkg.exports != null) {
      return cjs.resolvePackageExports(pkgDir, `.${rest}`, pkg.exports, parentPath);
    }
    if (rest !== '') return path.join(pkgDir, rest);
    return legacyMain(pkgDir, pkg, specifier, parentPath);
  }
  throw new ERR_MODULE_NOT_FOUND(name, parentPath, false);
}

// A package without "exports": its "main" (with the extensions CommonJS tries), else index.js.
function legacyMain(pkgDir, pkg, specifier, parentPath) {
  const candidates = [];
  if (pkg && typeof pkg.main === 'string') {
    const main = path.resolve(pkgDir, pkg.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
                    path.join(main, 'index.js'), path.join(main, 'index.json'), path.join(main, 'index.node'));
  }
  candidates.push(path.join(pkgDir, 'index.js'));
  for (const file of candidates) {
    if (cjs.statPath(file) === 0) return file;
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir, parentPath, true);
}

// What the engine is given for a resolved module: node:<id> for core modules, a file: URL for
// files (so stack traces name modules by URL, as Node's do), the virtual path of an error.
function specifierFor(resolved) {
  if (resolved.startsWith(kBuiltinPrefix)) return `node:${resolved.slice(kBuiltinPrefix.length)}`;
  if (resolved.startsWith(kVirtualRoot)) return resolved;
  return pathToFileURL(resolved).href;
}

// Resolution for generated code: errors become a module that throws them.
function resolveOrError(specifier, parentPath) {
  try {
    return resolve(specifier, parentPath);
  } catch (err) {
    return errorPath(err);
  }
}

// ---- module formats ----

function formatOf(file) {
  const ext = path.extname(file);
  switch (ext) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.node': return 'addon';
    case '.js':
    case '': {
      const scope = cjs.readPackageScope(file);
      return scope && scope.data.type === 'module' ? 'module' : 'commonjs';
    }
    default:
      return undefined;
  }
}

function isModuleFile(file) {
  return formatOf(file) === 'module';
}

// ---- module text for the engine ----

const identifierRegex = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
const reserved = new Set(('break case catch class const continue debugger default delete do else ' +
  'enum export extends false finally for function if import in instanceof new null return super ' +
  'switch this throw true try typeof var void while with yield let static implements interface ' +
  'package private protected public await').split(' '));

// `export default` plus one named export per identifier-like key.
function reexportText(access, value) {
  let text = `const m = ${access};\nexport default m;\n`;
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    const names = Object.keys(value).filter((k) => identifierRegex.test(k) && !reserved.has(k) &&
      readable(value, k));
    if (names.length > 0) text += `export const { ${names.join(', ')} } = m;\n`;
  }
  return text;
}

// A property whose getter throws (a part jnode has not implemented) is not exported by name.
function readable(object, key) {
  try {
    void object[key];
    return true;
  } catch {
    return false;
  }
}

function builtinText(id) {
  const exports = loaders.loadPublic(id);
  return reexportText(`${hookExpr}.builtin(${JSON.stringify(id)})`, exports);
}

function commonjsText(file) {
  const exports = cjs.Module._load(file, null, false);
  return reexportText(`${hookExpr}.commonjs(${JSON.stringify(file)})`, exports) +
    `export { m as 'module.exports' };\n`;
}

function moduleText(file, text = cjs.readSourceText(file)) {
  let src = text;
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  if (src.startsWith('#!')) src = `//${src.slice(2)}`;
  const scan = scanModule(src);
  const edits = [];
  for (const s of scan.specifiers) {
    edits.push({ start: s.start, end: s.end, text: JSON.stringify(specifierFor(resolveOrError(s.value, file))) });
  }
  const parent = JSON.stringify(file);
  for (const d of scan.dynamicImports) {
    edits.push({ start: d.argStart, end: d.argStart, text: `${hookExpr}.resolveDynamic(` });
    edits.push({ start: d.argEnd, end: d.argEnd, text: `, ${parent})` });
  }
  edits.sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += src.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += src.slice(pos);
  if (scan.usesImportMeta) {
    // On the first line, so line numbers stay exact.
    out = `${hookExpr}.initMeta(import.meta, ${parent});${out}`;
  }
  return out;
}

// What the engine parses for `file` (called by ModuleFileSystem).
function moduleSource(file) {
  if (file.startsWith(kBuiltinPrefix)) return builtinText(file.slice(kBuiltinPrefix.length));
  if (file.startsWith(kEvalPrefix)) {
    const entry = evalSources.get(Number(file.slice(kEvalPrefix.length)));
    return moduleText(entry.file, entry.text);
  }
  if (file.startsWith(kErrorPrefix)) {
    return `throw ${hookExpr}.takeError(${Number(file.slice(kErrorPrefix.length))});`;
  }
  const format = formatOf(file);
  switch (format) {
    case 'module': return moduleText(file);
    case 'commonjs': return commonjsText(file);
    case 'json': return cjs.readSourceText(file);
    case 'addon': return `throw ${hookExpr}.takeError(${errorId(cjsAddonError(file))});`;
    default:
      return `throw ${hookExpr}.takeError(${errorId(new ERR_UNKNOWN_FILE_EXTENSION(path.extname(file), file))});`;
  }
}

function errorId(err) {
  const id = nextErrorId++;
  pendingErrors.set(id, err);
  return id;
}

function cjsAddonError(file) {
  try {
    cjs.Module._load(file, null, false);
  } catch (err) {
    return err;
  }
  return new ERR_UNKNOWN_FILE_EXTENSION('.node', file);
}

// ---- the hook generated code calls ----

const hook = Object.freeze({
  builtin(id) {
    return loaders.loadPublic(id);
  },
  commonjs(file) {
    return cjs.Module._load(file, null, false);
  },
  takeError(id) {
    const err = pendingErrors.get(id);
    pendingErrors.delete(id);
    return err;
  },
  resolveDynamic(specifier, parentPath) {
    return specifierFor(resolveOrError(`${specifier}`, parentPath));
  },
  initMeta(meta, file) {
    meta.url = pathToFileURL(file).href;
    meta.filename = file;
    meta.dirname = path.dirname(file);
    meta.main = file === mainPath;
    meta.resolve = function resolve(specifier) {
      const resolved = module.exports.resolve(`${specifier}`, file);
      return resolved.startsWith(kBuiltinPrefix) ? `node:${resolved.slice(kBuiltinPrefix.length)}` : pathToFileURL(resolved).href;
    };
  },
});
Object.defineProperty(globalThis, kHook, { value: hook, enumerable: false, configurable: false, writable: false });

// ---- entry points ----

let mainPath;

// Runs an ES module as the main program: errors (and a rejected top-level await) are
// uncaught exceptions, as in Node; a top-level await still pending when the loop runs dry is
// Node's warning and exit code 13.
function runMainModule(file) {
  mainPath = file;
  runMainSpecifier(pathToFileURL(file).href, pathToFileURL(file).href);
}

function runMainSpecifier(specifier, url) {
  let settled = false;
  import(specifier).then(() => { settled = true; }, (err) => {
    settled = true;
    process.nextTick(() => { throw err; });
  });
  require('internal/process/execution').onLoopEnd(() => {
    if (settled || process.exitCode !== undefined) return;
    process.exitCode = 13;
    process.stderr.write(`Warning: Detected unsettled top-level await at ${url}\n\n\n`);
  });
}

// --input-type=module with -e or stdin: the text runs as the main module. It is served as a
// virtual file; it resolves imports, and its import.meta describes it, as `file` (the working
// directory plus "[eval1]", as in Node).
const evalSources = new Map();
function runMainModuleSource(text, file) {
  mainPath = file;
  const id = evalSources.size + 1;
  // Stack frames name the module by its virtual path: errors and assert.ok find the text there.
  require('internal/process/execution').setEvalSource(`${kEvalPrefix}${id}`, text);
  evalSources.set(id, { text, file });
  runMainSpecifier(`${kEvalPrefix}${id}`, pathToFileURL(file).href);
}

// require() of an ES module: evaluated synchronously; its namespace object is the result.
function requireModule(file) {
  const contextify = internalBinding('contextify');
  const namespace = contextify.evalModule(moduleText(file), file);
  // A module can choose what require() returns with an export named "module.exports".
  if (Object.prototype.hasOwnProperty.call(namespace, 'module.exports')) return namespace['module.exports'];
  return namespace;
}

module.exports = { isModuleFile, moduleSource, resolve, requireModule, runMainModule, runMainModuleSource, formatOf };
