'use strict';
// util.parseEnv() (dotenv syntax) and util.diff() (Myers diff of strings and string arrays).
const assert = require('assert');
const util = require('util');

// ---- parseEnv ----

const text = [
  '# a comment',
  'BASIC=basic',
  '  SPACED  =   spaced out   ',
  'export EXPORTED=yes',
  'INLINE=value # comment',
  'HASH_IN_QUOTES="a # b"',
  "SINGLE='no \\n expansion'",
  'DOUBLE="with\\nnewline"',
  'BACKTICK=`it\'s "quoted"`',
  'MULTI="line 1',
  'line 2"',
  'EMPTY=',
  'EQUALS=a=b=c',
  'NO_EQUALS_LINE',
  'CRLF=x\r',
  'DUP=first',
  'DUP=second',
  'AFTER="v" trailing text',
  // A quote that is never closed (no later '"' at all) leaves the line as written.
  'OPEN="not closed',
  'LAST=1',
].join('\n');

const env = util.parseEnv(text);
assert.strictEqual(Object.getPrototypeOf(env), null);
assert.deepStrictEqual(env, {
  __proto__: null,
  AFTER: 'v',
  BACKTICK: 'it\'s "quoted"',
  BASIC: 'basic',
  CRLF: 'x',
  DOUBLE: 'with\nnewline',
  DUP: 'second',
  EMPTY: '',
  EQUALS: 'a=b=c',
  EXPORTED: 'yes',
  HASH_IN_QUOTES: 'a # b',
  INLINE: 'value',
  LAST: '1',
  MULTI: 'line 1\nline 2',
  OPEN: '"not closed',
  SINGLE: 'no \\n expansion',
  SPACED: 'spaced out',
});
// Keys come out sorted, as Node's reader stores them.
assert.deepStrictEqual(Object.keys(util.parseEnv('b=1\nB=2\na=3\nA=4')), ['A', 'B', 'a', 'b']);
assert.deepStrictEqual(util.parseEnv(''), { __proto__: null });
assert.deepStrictEqual(util.parseEnv('\n\n  # only comments\n'), { __proto__: null });
assert.deepStrictEqual(util.parseEnv('A="x"\r\nB=y\r\n'), { __proto__: null, A: 'x', B: 'y' });
assert.deepStrictEqual(util.parseEnv('A=\nB=1'), { __proto__: null, A: '', B: '1' });
assert.deepStrictEqual(util.parseEnv("A='''x'''"), { __proto__: null, A: '' });
assert.deepStrictEqual(util.parseEnv('A="a\\"b"'), { __proto__: null, A: 'a\\' });
assert.deepStrictEqual(util.parseEnv('=1\nB=2'), { __proto__: null, B: '2' });
assert.deepStrictEqual(util.parseEnv('__proto__=x'), { __proto__: null, ['__proto__']: 'x' });

for (const bad of [null, undefined, 1, {}, [], new String('A=1')]) {
  assert.throws(() => util.parseEnv(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => util.parseEnv(5), {
  message: 'The "content" argument must be of type string. Received type number (5)',
});

// ---- diff ----

assert.strictEqual(util.diff.name, 'diff');
assert.strictEqual(util.diff.length, 2);
assert.deepStrictEqual(util.diff('same', 'same'), []);
assert.deepStrictEqual(util.diff('abc', 'abd'), [[0, 'a'], [0, 'b'], [1, 'c'], [-1, 'd']]);
assert.deepStrictEqual(util.diff('12345678', '12!!5!7!'), [
  [0, '1'], [0, '2'], [1, '3'], [1, '4'], [-1, '!'], [-1, '!'],
  [0, '5'], [1, '6'], [-1, '!'], [0, '7'], [1, '8'], [-1, '!'],
]);
// The classic example from Myers' paper.
assert.deepStrictEqual(util.diff('abcabba', 'cbabac'), [
  [1, 'a'], [1, 'b'], [0, 'c'], [-1, 'b'], [0, 'a'], [0, 'b'], [1, 'b'], [0, 'a'], [-1, 'c'],
]);
assert.deepStrictEqual(util.diff(['x', 'y', 'z'], ['x', 'z', 'w']), [[0, 'x'], [1, 'y'], [0, 'z'], [-1, 'w']]);
assert.deepStrictEqual(util.diff(['a'], ['a']), [[0, 'a']]);
assert.deepStrictEqual(util.diff('', 'ab'), [[-1, 'a'], [-1, 'b']]);
assert.deepStrictEqual(util.diff(['a', 'b'], []), [[1, 'a'], [1, 'b']]);
// A string and an array of one-character strings compare alike.
assert.deepStrictEqual(util.diff('ab', ['a', 'c']), [[0, 'a'], [1, 'b'], [-1, 'c']]);
// Strings are compared by UTF-16 code unit.
assert.deepStrictEqual(util.diff('\u{1F600}', '\u{1F601}'), [[0, '\ud83d'], [1, '\ude00'], [-1, '\ude01']]);

assert.throws(() => util.diff({}, 'foo'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual" argument must be of type string. Received an instance of Object',
});
assert.throws(() => util.diff('foo', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.diff(['1', { b: 2 }], ['1']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual[1]" argument must be of type string. Received an instance of Object',
});
assert.throws(() => util.diff([1], 1), { message: /"actual\[0\]"/ });
assert.throws(() => util.diff(['a'], ['a', null]), { message: /"expected\[1\]" argument .* Received null/ });
