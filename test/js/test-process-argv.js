'use strict';
// process.argv, argv0, execArgv, execPath, and the identity fields.
const assert = require('assert');
const path = require('path');

assert.ok(Array.isArray(process.argv));
assert.ok(process.argv.length >= 2);
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(path.isAbsolute(process.execPath));
assert.strictEqual(typeof process.argv0, 'string');
assert.ok(process.argv0.length > 0);
assert.ok(Array.isArray(process.execArgv));
for (const a of process.execArgv) assert.strictEqual(typeof a, 'string');
for (const a of process.argv) assert.strictEqual(typeof a, 'string');

// argv is a plain mutable array
process.argv.push('--extra');
assert.strictEqual(process.argv.at(-1), '--extra');
process.argv.pop();

assert.match(process.version, /^v\d+\.\d+\.\d+$/);
assert.strictEqual(process.versions.node, process.version.slice(1));
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(typeof process.pid, 'number');
assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.ok(Number.isInteger(process.ppid));
assert.ok(['linux', 'darwin', 'win32', 'freebsd', 'openbsd', 'sunos', 'aix'].includes(process.platform));
assert.ok(['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64'].includes(process.arch));
assert.strictEqual(typeof process.title, 'string');
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.ok(process instanceof require('events'));
assert.strictEqual(typeof process.on, 'function');
assert.strictEqual(globalThis.process, process);
assert.strictEqual(typeof process.config, 'object');
assert.strictEqual(typeof process.features, 'object');
