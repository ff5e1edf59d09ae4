'use strict';
// path.win32: drives, UNC roots, device namespaces, per-drive resolve, and the posix/win32 links.
const assert = require('assert');
const path = require('path');
const w = path.win32;

assert.strictEqual(path, path.posix);
assert.strictEqual(w.win32, w);
assert.strictEqual(w.posix, path.posix);
assert.strictEqual(path.posix.win32, w);
assert.strictEqual(require('path/win32'), w);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(w.sep, '\\');
assert.strictEqual(w.delimiter, ';');

const cases = [
  ['normalize', ['C:'], 'C:.'],
  ['normalize', ['C:\\.'], 'C:\\'],
  ['normalize', ['//server/share/dir/../../../?/D:/file'], '\\\\server\\share\\?\\D:\\file'],
  ['normalize', ['\\\\server\\share'], '\\\\server\\share\\'],
  ['normalize', ['\\\\?\\test/../?/D:/Test'], '\\\\?\\?\\D:\\Test'],
  ['normalize', ['test/../C:/Windows'], '.\\C:\\Windows'],
  ['normalize', ['CON:/foo'], '.\\CON:foo'],
  ['normalize', ['a//b//../b'], 'a\\b'],
  ['normalize', ['file:stream'], 'file:stream'],
  ['join', ['//server', 'share'], '\\\\server\\share\\'],
  ['join', ['/', '//foo'], '\\foo'],
  ['join', ['c:', 'file'], 'c:\\file'],
  ['join', ['x', 'CON:'], 'x\\CON:'],
  ['resolve', ['c:/blah\\blah', 'd:/games', 'c:../a'], 'c:\\blah\\a'],
  ['resolve', ['c:/', '//server//share'], '\\\\server\\share\\'],
  ['resolve', ['c:/', '///some//dir'], 'c:\\some\\dir'],
  ['resolve', ['\\\\.\\PHYSICALDRIVE0'], '\\\\.\\PHYSICALDRIVE0'],
  ['relative', ['c:/blah\\blah', 'd:/games'], 'd:\\games'],
  ['relative', ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], '..\\cccc'],
  ['relative', ['C:\\foo\\BAR', 'c:\\FOO\\bar\\baz'], 'baz'],
  ['relative', ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], 'baz'],
  ['dirname', ['c:\\foo\\bar'], 'c:\\foo'],
  ['dirname', ['c:foo'], 'c:'],
  ['dirname', ['\\\\unc\\share\\foo'], '\\\\unc\\share\\'],
  ['basename', ['C:\\dir\\base.ext', '.ext'], 'base'],
  ['basename', ['C:foo'], 'foo'],
  ['basename', ['\\\\', '\\'], '\\\\'],
  ['extname', ['C:\\a.b\\c.d'], '.d'],
  ['extname', ['file.\\\\'], '.'],
  ['isAbsolute', ['C:/'], true],
  ['isAbsolute', ['C:'], false],
  ['isAbsolute', ['//server'], true],
  ['toNamespacedPath', ['C:\\foo'], '\\\\?\\C:\\foo'],
  ['toNamespacedPath', ['\\\\foo\\bar'], '\\\\?\\UNC\\foo\\bar\\'],
  ['toNamespacedPath', ['\\\\?\\c:\\Windows/System'], '\\\\?\\c:\\Windows\\System'],
  ['parse', ['\\\\server\\share\\file.txt'],
    { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'file.txt', ext: '.txt', name: 'file' }],
  ['parse', ['C:abc'], { root: 'C:', dir: 'C:', base: 'abc', ext: '', name: 'abc' }],
  ['format', [{ root: 'C:\\', name: 'index', ext: 'html' }], 'C:\\index.html'],
  ['format', [{ dir: 'some\\dir', base: 'x.y' }], 'some\\dir\\x.y'],
];
for (const [fn, args, expected] of cases) {
  assert.deepStrictEqual(w[fn](...args), expected, `win32.${fn}(${JSON.stringify(args)})`);
}

// Without a per-drive cwd, the process cwd is used (with backslashes on a posix host).
const cwd = process.cwd();
assert.strictEqual(w.resolve(), cwd.replace(/\//g, '\\'));
assert.strictEqual(w.resolve('x'), `${cwd.replace(/\//g, '\\')}\\x`);
// A drive-relative path takes the process cwd (there is no per-drive cwd on posix).
assert.strictEqual(w.resolve('Q:rel'), `Q:${cwd.replace(/\//g, '\\')}\\rel`);

assert.strictEqual(w.toNamespacedPath(null), null);
assert.strictEqual(w.toNamespacedPath(''), '');
for (const bad of [null, 1, {}, undefined]) {
  assert.throws(() => w.normalize(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => w.relative(bad, 'a'), { code: 'ERR_INVALID_ARG_TYPE', message: /"from"/ });
}
assert.throws(() => w.resolve('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"paths\[1\]"/ });
