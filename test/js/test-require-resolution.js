'use strict';
// Resolution: extensions, directories (index.js, package.json "main"), node_modules up the tree,
// scoped packages, require.resolve (with `paths`) and require.resolve.paths.
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '..', 'fixtures');
const mod = path.join(fixtures, 'module');
const nm = path.join(fixtures, 'node_modules');
const { createRequire } = require('module');
const requireFromFixtures = createRequire(path.join(fixtures, 'x.js'));

// relative and absolute, with and without extension
assert.strictEqual(require('../fixtures/module/data.json').name, 'data');
assert.strictEqual(require(path.join(mod, 'data')).name, 'data');
assert.strictEqual(require.resolve('../fixtures/module/data'), path.join(mod, 'data.json'));
assert.strictEqual(require.resolve(path.join(mod, 'wrapper')), path.join(mod, 'wrapper.js'));
// .js is tried before .json
assert.strictEqual(require('../fixtures/module/both'), 'js wins');
assert.strictEqual(require('../fixtures/module/both.json'), 'json loses');
// an existing file without extension loads as JavaScript
assert.strictEqual(require('../fixtures/module/noext'), 'extensionless');
// .cjs files are CommonJS, but only when named with their extension
assert.deepStrictEqual(require('../fixtures/module/thing.cjs'), { kind: 'cjs', dirname: mod });
assert.throws(() => require('../fixtures/module/thing'), { code: 'MODULE_NOT_FOUND' });

// directories
assert.strictEqual(require('../fixtures/module/dir-index'), 'dir-index');
assert.strictEqual(require('../fixtures/module/dir-index/'), 'dir-index');
assert.strictEqual(require.resolve('../fixtures/module/dir-index'), path.join(mod, 'dir-index', 'index.js'));
assert.strictEqual(require('../fixtures/module/dir-pkg'), 'dir-pkg');
assert.strictEqual(require.resolve('../fixtures/module/dir-pkg'), path.join(mod, 'dir-pkg', 'src', 'start.js'));

// packages in node_modules
assert.strictEqual(requireFromFixtures('pkg-main').name, 'pkg-main');
assert.strictEqual(requireFromFixtures.resolve('pkg-main'), path.join(nm, 'pkg-main', 'lib', 'entry.js'));
assert.strictEqual(requireFromFixtures('pkg-main/lib/entry').name, 'pkg-main');
assert.strictEqual(requireFromFixtures('pkg-main/package.json').version, '1.0.0');
assert.strictEqual(requireFromFixtures('pkg-main-noext'), 'pkg-main-noext');
assert.strictEqual(requireFromFixtures('pkg-main-dir'), 'pkg-main-dir');
assert.strictEqual(requireFromFixtures('pkg-index'), 'pkg-index (top)');
assert.strictEqual(requireFromFixtures('@scope/pkg'), '@scope/pkg');
assert.strictEqual(requireFromFixtures('@scope/pkg/extra'), '@scope/pkg:extra');
assert.strictEqual(requireFromFixtures('pkg-cjs').kind, 'cjs');

// lookup walks up the tree; a nearer node_modules wins
const deep = require('../fixtures/module/deep/a/b/c');
assert.strictEqual(deep.pkgMain, 'pkg-main');
assert.strictEqual(deep.pkgIndex, 'pkg-index (deep)');
const deepDir = path.join(mod, 'deep', 'a', 'b');
assert.strictEqual(deep.paths[0], path.join(deepDir, 'node_modules'));
assert.strictEqual(deep.paths[1], path.join(mod, 'deep', 'a', 'node_modules'));
assert.strictEqual(deep.paths[2], path.join(mod, 'deep', 'node_modules'));
assert.strictEqual(deep.paths.at(-1), '/node_modules');
assert.ok(deep.paths.includes(nm));
// node_modules directories themselves are skipped when building the list
const inNm = require('module')._nodeModulePaths(path.join(nm, 'pkg-main', 'lib'));
assert.strictEqual(inNm[0], path.join(nm, 'pkg-main', 'lib', 'node_modules'));
assert.strictEqual(inNm[1], path.join(nm, 'pkg-main', 'node_modules'));
assert.strictEqual(inNm[2], nm);
assert.strictEqual(inNm.filter((p) => p.endsWith('node_modules/node_modules')).length, 0);
assert.deepStrictEqual(require('module')._nodeModulePaths('/'), ['/node_modules']);

// require.resolve.paths
assert.deepStrictEqual(deep.resolveRelPaths, [deepDir]);
assert.strictEqual(deep.resolveBuiltinPaths, null);
assert.deepStrictEqual(deep.resolvePaths.slice(0, deep.paths.length), deep.paths);
assert.ok(deep.resolvePaths.length >= deep.paths.length);
assert.strictEqual(require.resolve.paths('node:fs'), null);
assert.strictEqual(require.resolve.paths('path'), null);
assert.throws(() => require.resolve.paths(1), { code: 'ERR_INVALID_ARG_TYPE' });

// require.resolve with `paths`
assert.strictEqual(require.resolve('pkg-main', { paths: [fixtures] }), path.join(nm, 'pkg-main', 'lib', 'entry.js'));
assert.strictEqual(require.resolve('pkg-index', { paths: [deepDir, fixtures] }),
  path.join(mod, 'deep', 'node_modules', 'pkg-index', 'index.js'));
assert.strictEqual(require.resolve('./data.json', { paths: [mod] }), path.join(mod, 'data.json'));
assert.strictEqual(require.resolve('./index', { paths: [path.join(nm, 'pkg-index'), mod] }),
  path.join(nm, 'pkg-index', 'index.js'));
assert.strictEqual(require.resolve('path', { paths: [fixtures] }), 'path');
assert.strictEqual(require.resolve('node:path'), 'node:path');
assert.throws(() => require.resolve('pkg-main', { paths: [__dirname] }), {
  code: 'MODULE_NOT_FOUND',
});
assert.throws(() => require.resolve('pkg-main', { paths: 'nope' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.paths' is invalid. Received 'nope'",
});
// options without paths resolve as usual
assert.strictEqual(require.resolve('../fixtures/module/data.json', {}), path.join(mod, 'data.json'));

// bad "main": falls back to index.js (with a deprecation warning), or fails
let warning;
process.on('warning', (w) => { warning = w; });
assert.strictEqual(requireFromFixtures('pkg-badmain'), 'pkg-badmain index fallback');
const badMainDir = path.join(nm, 'pkg-badmain-noindex');
assert.throws(() => requireFromFixtures('pkg-badmain-noindex'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message,
    `Cannot find module '${path.join(badMainDir, 'nope', 'missing.js')}'. ` +
    'Please verify that the package.json has a valid "main" entry');
  assert.strictEqual(err.path, path.join(badMainDir, 'package.json'));
  assert.strictEqual(err.requestPath, 'pkg-badmain-noindex');
  return true;
});
assert.throws(() => require('../fixtures/module/dir-badmain'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.requestPath, '../fixtures/module/dir-badmain');
  return true;
});

// an unparsable package.json
assert.throws(() => requireFromFixtures('pkg-bad-json'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_PACKAGE_CONFIG');
  assert.match(err.message, /^Invalid package config .*pkg-bad-json\/package\.json\./);
  return true;
});

setImmediate(() => {
  assert.ok(warning, 'a DEP0128 warning was emitted');
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0128');
  assert.match(warning.message, /^Invalid 'main' field in '.*pkg-badmain\/package\.json' of 'missing\.js'\. /);
});
