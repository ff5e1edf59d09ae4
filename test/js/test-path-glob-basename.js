'use strict';
// path.matchesGlob for posix and win32, and basename's suffix rules.
const assert = require('assert');
const path = require('path');

const globs = [
  // [path, pattern, posix, win32]
  ['foo/bar/baz', 'foo/[bcr]ar/baz', true, true],
  ['foo/bar/baz', 'foo/[!bcr]ar/baz', false, false],
  ['foo/bar/baz', 'foo/**', true, true],
  ['foo', 'foo/**', false, false],
  ['x/z', 'x/**/z', true, true],
  ['a/.b/c', 'a/**/c', false, false],
  ['.a', '*', false, false],
  ['.a', '.*', true, true],
  ['a.js', '*.{js,ts}', true, true],
  ['a.ts', '*.@(js|ts)', true, true],
  ['a2', 'a{1..3}', true, true],
  ['b', '!(a)', true, true],
  ['a', '!(a)', false, false],
  ['B', '[[:upper:]]', true, true],
  ['!a', '!a', true, true],
  ['a\\b', 'a/b', false, true],
  ['a/b', 'a\\b', true, true],
  ['a/b/', 'a/b', true, true],
  ['a//b', 'a/b', true, true],
  ['a/b/../c', 'a/c', true, true],
  ['', '', true, true],
  ['', '*', false, false],
  ['abc', 'a?c', true, true],
  ['a/c', 'a?c', false, false],
];
for (const [p, g, posix, win32] of globs) {
  assert.strictEqual(path.posix.matchesGlob(p, g), posix, `posix ${p} ${g}`);
  assert.strictEqual(path.win32.matchesGlob(p, g), win32, `win32 ${p} ${g}`);
}
assert.throws(() => path.matchesGlob(1, 'a'), { code: 'ERR_INVALID_ARG_TYPE', message: /"path"/ });
assert.throws(() => path.matchesGlob('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"pattern"/ });

const basenames = [
  ['bbb', 'bbb', ''],
  ['a/bbb', 'bbb', 'bbb'],
  ['aaa/bbb', 'a/bbb', 'bbb'],
  ['aaa/bbb', 'b', 'bb'],
  ['ab/', 'b', 'a'],
  ['//', '/', '//'],
  ['x/ab/', 'zab', 'ab/'],
  ['file.js', '.js', 'file'],
];
for (const [p, s, expected] of basenames) {
  assert.strictEqual(path.posix.basename(p, s), expected, `posix.basename(${p}, ${s})`);
}
assert.deepStrictEqual(path.posix.parse('/..'), { root: '/', dir: '/', base: '..', ext: '.', name: '.' });
assert.deepStrictEqual(path.posix.parse('a/..'), { root: '', dir: 'a', base: '..', ext: '', name: '..' });
