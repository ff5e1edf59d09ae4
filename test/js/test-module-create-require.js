'use strict';
// module.createRequire from an absolute path, a file: URL string, a URL object, a directory.
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtures = path.join(__dirname, '..', 'fixtures');
const nm = path.join(fixtures, 'node_modules');
const mod = path.join(fixtures, 'module');

const r1 = createRequire(path.join(mod, 'anything.js'));
assert.strictEqual(r1('./data.json').name, 'data');
assert.strictEqual(r1.resolve('./data.json'), path.join(mod, 'data.json'));
assert.strictEqual(r1('pkg-main').name, 'pkg-main');
assert.deepStrictEqual(r1.resolve.paths('./x'), [mod]);
assert.strictEqual(r1.resolve.paths('pkg')[0], path.join(mod, 'node_modules'));
assert.strictEqual(r1.cache, require.cache);
assert.strictEqual(r1.main, require.main);
assert.strictEqual(r1.extensions, require.extensions);
assert.strictEqual(r1('path'), require('path'));

// a file URL string, percent-encoded
const url = 'file://' + path.join(mod, 'some%20file.js');
const r2 = createRequire(url);
assert.strictEqual(r2.resolve('./data.json'), path.join(mod, 'data.json'));

// a URL-like object with href
if (typeof URL === 'function') {
  const r3 = createRequire(new URL('file://' + path.join(fixtures, 'x.js')));
  assert.strictEqual(r3.resolve('pkg-main'), path.join(nm, 'pkg-main', 'lib', 'entry.js'));
}

// a directory with a trailing slash resolves from inside it
const r4 = createRequire(mod + '/');
assert.strictEqual(r4.resolve('./data.json'), path.join(mod, 'data.json'));
// without the slash the last segment is taken as the file name
const r5 = createRequire(mod);
assert.strictEqual(r5.resolve('./module/data.json'), path.join(mod, 'data.json'));

// errors
for (const bad of ['relative/path.js', './x.js', '', 42, undefined, null, {}]) {
  assert.throws(() => createRequire(bad), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
    assert.strictEqual(err.name, 'TypeError');
    assert.ok(err.message.startsWith("The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received "), err.message);
    return true;
  });
}
assert.throws(() => createRequire('http://example.com/x.js'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => createRequire('file://host/x.js'), { code: 'ERR_INVALID_ARG_VALUE' });
