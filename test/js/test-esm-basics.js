'use strict';
// ES modules: static and dynamic imports of files, core modules and CommonJS; import.meta;
// Node's resolution errors; require() of an ES module.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-esm-')));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);

write('main.mjs', `
import fs, { readFileSync } from 'node:fs';
import * as pathNs from 'path';
import { helper, counter, bump } from './lib.mjs';
import cjsDefault, { named } from './legacy.cjs';
import data from './data.json' with { type: 'json' };
export const result = {
  fsOk: typeof fs.readFile === 'function' && readFileSync === fs.readFileSync,
  pathOk: typeof pathNs.join === 'function' && pathNs.default.join === pathNs.join,
  helper: helper(),
  live: (bump(), counter),
  cjsDefault,
  named,
  data,
  url: import.meta.url,
  filename: import.meta.filename,
  dirname: import.meta.dirname,
  resolved: import.meta.resolve('./lib.mjs'),
  builtinResolved: import.meta.resolve('fs'),
};
export async function dynamic(spec) { return import(spec); }
`);
write('lib.mjs', `
export function helper() { return 'helped'; }
export let counter = 0;
export function bump() { counter++; }
export default 'lib default';
`);
write('legacy.cjs', `exports.named = 'N'; exports.other = 1;`);
write('data.json', `{ "answer": 42 }`);
write('pkg.json', '{}');
fs.mkdirSync(path.join(dir, 'node_modules', 'dual'), { recursive: true });
fs.writeFileSync(path.join(dir, 'node_modules', 'dual', 'package.json'), JSON.stringify({
  name: 'dual', exports: { import: './esm.mjs', require: './cjs.js' },
}));
fs.writeFileSync(path.join(dir, 'node_modules', 'dual', 'esm.mjs'), `export const kind = 'esm';`);
fs.writeFileSync(path.join(dir, 'node_modules', 'dual', 'cjs.js'), `exports.kind = 'cjs';`);
write('shaped.mjs', `const f = () => 'shaped'; export default f; export { f as 'module.exports' };`);
write('uses-dual.mjs', `import { kind } from 'dual'; export { kind };`);

(async () => {
  const main = await import(pathToFileURL(path.join(dir, 'main.mjs')).href);
  const r = main.result;
  assert.strictEqual(r.fsOk, true);
  assert.strictEqual(r.pathOk, true);
  assert.strictEqual(r.helper, 'helped');
  assert.strictEqual(r.live, 1); // bindings are live
  assert.deepStrictEqual(r.cjsDefault, { named: 'N', other: 1 });
  assert.strictEqual(r.named, 'N');
  assert.deepStrictEqual(r.data, { answer: 42 });
  assert.strictEqual(r.url, pathToFileURL(path.join(dir, 'main.mjs')).href);
  assert.strictEqual(r.filename, path.join(dir, 'main.mjs'));
  assert.strictEqual(r.dirname, dir);
  assert.strictEqual(r.resolved, pathToFileURL(path.join(dir, 'lib.mjs')).href);
  assert.strictEqual(r.builtinResolved, 'node:fs');

  // Dynamic import from inside a module resolves relative to that module.
  const lib = await main.dynamic('./lib.mjs');
  assert.strictEqual(lib.default, 'lib default');
  const os2 = await main.dynamic('os');
  assert.strictEqual(os2.default, os);

  // Package "exports" with the import condition.
  assert.strictEqual((await import(pathToFileURL(path.join(dir, 'uses-dual.mjs')).href)).kind, 'esm');
  assert.strictEqual(require(path.join(dir, 'node_modules', 'dual', 'cjs.js')).kind, 'cjs');

  // Resolution errors.
  await assert.rejects(main.dynamic('./missing.mjs'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${path.join(dir, 'missing.mjs')}' imported from ${path.join(dir, 'main.mjs')}`,
  });
  await assert.rejects(main.dynamic('no-such-package'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find package 'no-such-package' imported from ${path.join(dir, 'main.mjs')}`,
  });
  await assert.rejects(main.dynamic('./'), { code: 'ERR_UNSUPPORTED_DIR_IMPORT' });
  await assert.rejects(main.dynamic('node:no-such-module'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });

  // require() of an ES module gives its namespace.
  const ns = require(path.join(dir, 'lib.mjs'));
  assert.strictEqual(ns.default, 'lib default');
  assert.strictEqual(typeof ns.helper, 'function');
  // ...unless the module exports a "module.exports" name: then require() returns that.
  assert.strictEqual(require(path.join(dir, 'shaped.mjs'))(), 'shaped');
})().then(() => {}, (err) => { process.exitCode = 1; console.error(err); });
