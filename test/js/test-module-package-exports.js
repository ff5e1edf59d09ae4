'use strict';
// package.json "exports" (conditions, subpaths, patterns, null targets, sugar) and "imports"
// (#internal), and the errors Node throws for them.
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures');
const nm = path.join(fixtures, 'node_modules');
const req = createRequire(path.join(fixtures, 'x.js'));
const pe = path.join(nm, 'pkg-exports');

// "." with conditions: require wins over import, before default; "main" is ignored
assert.strictEqual(req('pkg-exports'), 'pkg-exports:main (require)');
assert.strictEqual(req.resolve('pkg-exports'), path.join(pe, 'lib', 'main.js'));
assert.strictEqual(req('pkg-exports/feature'), 'pkg-exports:feature');
// nested conditions, in the package's key order (browser is not a condition Node sets)
assert.strictEqual(req('pkg-exports/cond'), 'pkg-exports:node-require');
// patterns
assert.strictEqual(req('pkg-exports/sub/a'), 'pkg-exports:sub/a');
assert.strictEqual(req('pkg-exports/sub/deep/b'), 'pkg-exports:sub/deep/b');
assert.strictEqual(req('pkg-exports/sub/x.extra'), 'pkg-exports:sub/x-extra');
assert.strictEqual(req.resolve('pkg-exports/sub/a'), path.join(pe, 'lib', 'sub', 'a.js'));
// array targets fall back past invalid ones
assert.strictEqual(req('pkg-exports/fallback'), 'pkg-exports:feature');
assert.strictEqual(req('pkg-exports/package.json').name, 'pkg-exports');
// string sugar
assert.strictEqual(req('pkg-exports-sugar'), 'pkg-exports-sugar');

const notExported = (subpath, pkg = 'pkg-exports') => ({
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  name: 'Error',
  message: subpath === '.' ?
    `No "exports" main defined in ${path.join(nm, pkg, 'package.json')}` :
    `Package subpath '${subpath}' is not defined by "exports" in ${path.join(nm, pkg, 'package.json')}`,
});
assert.throws(() => req('pkg-exports/lib/hidden.js'), notExported('./lib/hidden.js'));
assert.throws(() => req('pkg-exports/lib/main.js'), notExported('./lib/main.js'));
assert.throws(() => req('pkg-exports/browser-only'), notExported('./browser-only'));
assert.throws(() => req('pkg-exports/sub/private/secret'), notExported('./sub/private/secret'));
assert.throws(() => req('pkg-exports/nothing'), notExported('./nothing'));
assert.throws(() => req.resolve('pkg-exports/nothing'), notExported('./nothing'));
assert.throws(() => req('pkg-exports-sugar/other'), notExported('./other', 'pkg-exports-sugar'));
assert.throws(() => req('pkg-exports-null'), notExported('.', 'pkg-exports-null'));
assert.strictEqual(req('pkg-exports-null/only'), 'only');

assert.throws(() => req('pkg-exports/escape'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "../pkg-main/lib/entry.js" defined for './escape' in the package config ${path.join(pe, 'package.json')}; targets must start with "./"`,
});
assert.throws(() => req('pkg-exports/invalid'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "no-dot-slash.js" defined for './invalid' in the package config ${path.join(pe, 'package.json')}; targets must start with "./"`,
});
assert.throws(() => req('pkg-exports/missing-file'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.ok(err.message.startsWith(`Cannot find module '${path.join(pe, 'lib', 'does-not-exist.js')}'`), err.message);
  return true;
});
assert.throws(() => req('pkg-exports-mixed'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_PACKAGE_CONFIG');
  assert.match(err.message, /"exports" cannot contain some keys starting with '\.' and some not\./);
  return true;
});

// "imports" and self-reference, from inside the package
const imp = req('pkg-imports');
assert.strictEqual(imp.internal, 'internal');
assert.strictEqual(imp.dep, 'pkg-main');
assert.strictEqual(imp.star, 'star one');
assert.strictEqual(imp.cond, 'cond require');
assert.strictEqual(imp.self, 'self sub');
assert.strictEqual(imp.resolveInternal, path.join(nm, 'pkg-imports', 'src', 'internal.js'));
const impPkg = path.join(nm, 'pkg-imports', 'package.json');
const impIndex = path.join(nm, 'pkg-imports', 'index.js');
assert.throws(() => imp.tryImport('#missing'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  name: 'TypeError',
  message: `Package import specifier "#missing" is not defined in package ${impPkg} imported from ${impIndex}`,
});
assert.throws(() => imp.tryImport('#null'), { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' });
assert.throws(() => imp.tryImport('#'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  name: 'TypeError',
});
// outside any package with "imports", '#x' is looked up like any other name
assert.throws(() => require('#internal'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '#internal'\nRequire stack:\n- ${__filename}`,
});
