'use strict';
// The exact messages of failed assertions.
const assert = require('assert');

function msg(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.name, 'AssertionError');
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err.message;
  }
  throw new Error('did not throw');
}

const strictHead = 'Expected values to be strictly equal:\n';
const deepHead = 'Expected values to be strictly deep-equal:\n';

assert.strictEqual(msg(() => assert.strictEqual(1, 2)), `${strictHead}\n1 !== 2\n`);
assert.strictEqual(msg(() => assert.strictEqual(1, '1')), `${strictHead}\n1 !== '1'\n`);
assert.strictEqual(msg(() => assert.strictEqual(NaN, 0)), `${strictHead}\nNaN !== 0\n`);
assert.strictEqual(msg(() => assert.strictEqual(0, -0)), `${strictHead}+ actual - expected\n\n+ 0\n- -0\n`);
assert.strictEqual(msg(() => assert.strictEqual('abcdefghijklm', 'abcdefghijklmn')),
  `${strictHead}+ actual - expected\n\n+ 'abcdefghijklm'\n- 'abcdefghijklmn'\n                ^\n`);
assert.strictEqual(msg(() => assert.strictEqual('a\nb\nc\nd', 'a\nb\nx\nd')),
  `${strictHead}+ actual - expected\n\n+ 'a\\nb\\nc\\nd'\n- 'a\\nb\\nx\\nd'\n         ^\n`);
assert.strictEqual(msg(() => assert.strictEqual('a'.repeat(70), `${'a'.repeat(69)}b`)),
  `${strictHead}+ actual - expected\n\n+ '${'a'.repeat(70)}'\n- '${'a'.repeat(69)}b'\n`);
assert.strictEqual(msg(() => assert.strictEqual(1234567890123, 1234567890124)),
  `${strictHead}+ actual - expected\n\n+ 1234567890123\n- 1234567890124\n              ^\n`);
assert.strictEqual(msg(() => assert.strictEqual(1, { a: 1 })),
  `${strictHead}+ actual - expected\n\n+ 1\n- {\n-   a: 1\n- }\n`);
assert.strictEqual(msg(() => assert.strictEqual({ a: 1 }, { a: 2 })),
  'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n');
assert.strictEqual(msg(() => assert.strictEqual({ a: 1 }, { a: 1 })),
  'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');

assert.strictEqual(msg(() => assert.deepStrictEqual({ a: 1 }, { a: 2 })),
  `${deepHead}+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n`);
assert.strictEqual(msg(() => assert.deepStrictEqual({ b: 1, a: 2 }, { b: 1, a: 3 })),
  `${deepHead}+ actual - expected\n\n  {\n+   a: 2,\n-   a: 3,\n    b: 1\n  }\n`);
assert.strictEqual(msg(() => assert.deepStrictEqual({ a: [1, 2, 3] }, { a: [1, 2, 3], b: 1 })),
  `${deepHead}+ actual - expected\n\n  {\n    a: [\n      1,\n      2,\n      3\n    ],\n-   b: 1\n  }\n`);
assert.strictEqual(msg(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))),
  `${deepHead}+ actual - expected\n\n  Map(1) {\n+   1 => 2\n-   1 => 3\n  }\n`);
{
  const a = Array.from({ length: 30 }, (_, i) => i + 1);
  const b = a.slice(); b[29] = 31;
  assert.strictEqual(msg(() => assert.deepStrictEqual(a, b)),
    `${deepHead}+ actual - expected\n... Skipped lines\n\n  [\n    1,\n    2,\n    3,\n    4,\n...\n    29,\n+   30\n-   31\n  ]\n`);
}
assert.strictEqual(msg(() => assert.deepStrictEqual(
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 },
  { a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 })),
`${deepHead}+ actual - expected\n\n  {\n+   a: 1,\n-   a: 0,\n    b: 2,\n    c: 3,\n    d: 4,\n    e: 5,\n    f: 6,\n`);
assert.strictEqual(msg(() => assert.deepStrictEqual(new Error('a'), new Error('b'))),
  `${deepHead}+ actual - expected\n\n+ [Error: a]\n- [Error: b]\n`);

assert.strictEqual(msg(() => assert.deepEqual({ a: 1 }, { a: 2 })),
  'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}');
assert.strictEqual(msg(() => assert.notDeepEqual(1, '1')),
  "Expected values not to be loosely deep-equal:\n\n1\n\nshould not loosely deep-equal\n\n'1'");
assert.strictEqual(msg(() => assert.notDeepEqual({ a: 1 }, { a: 1 })),
  'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
assert.strictEqual(msg(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })),
  'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
assert.strictEqual(msg(() => assert.notStrictEqual(1, 1)), 'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(msg(() => assert.notStrictEqual('abcdef', 'abcdef')),
  'Expected "actual" to be strictly unequal to:\n\n\'abcdef\'');
assert.strictEqual(msg(() => assert.equal(1, 2)), '1 == 2');
assert.strictEqual(msg(() => assert.notEqual(1, 1)), '1 != 1');
assert.strictEqual(msg(() => assert.equal('x'.repeat(600), 'y')), `'${'x'.repeat(508)}... == 'y'`);
assert.strictEqual(msg(() => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 })),
  'Expected values to be partially and strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1,\n+   b: 2\n-   a: 2\n  }\n');

// Custom messages
assert.strictEqual(msg(() => assert.strictEqual(1, 2, 'a %s b %d', 'x', 5)), 'a x b 5\n\n1 !== 2\n');
assert.strictEqual(msg(() => assert.strictEqual(1, 2, (a, b) => `got ${a} ${b}`)), 'got 1 2\n\n1 !== 2\n');
assert.strictEqual(msg(() => assert.strictEqual(1, 2, () => 5)), `${strictHead}\n1 !== 2\n`);
assert.strictEqual(msg(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom')),
  'custom\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n');
assert.strictEqual(msg(() => assert.deepEqual({ a: 1 }, { a: 2 }, 'custom')), 'custom');
assert.strictEqual(msg(() => assert.equal(1, 2, 'x %s', 'y')), 'x y');
assert.throws(() => assert.strictEqual(1, 2, new TypeError('t')), { name: 'TypeError', message: 't' });
assert.throws(() => assert.strictEqual(1, 2, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "message" argument must be one of type string or function. Received type number (5)',
});
assert.throws(() => assert.strictEqual(1, 2, undefined), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => assert.strictEqual(1, 2, () => 'x', 1), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "message" argument is ambiguous. The error message with function "anonymous" has trailing arguments that would be ignored.',
});
assert.strictEqual(1, 1, 5); // the message is only looked at on failure
assert.throws(() => assert.equal(), {
  code: 'ERR_MISSING_ARGS', message: 'The "actual" and "expected" arguments must be specified',
});

// Error properties
try {
  assert.strictEqual(1, 2);
} catch (err) {
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.actual, 1);
  assert.strictEqual(err.expected, 2);
  assert.strictEqual(err.operator, 'strictEqual');
  assert.strictEqual(err.diff, 'simple');
  assert.ok(err instanceof assert.AssertionError);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
  assert.deepStrictEqual(Object.keys(err), ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);
}
{
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  assert.strictEqual(e.message, `${strictHead}\n1 !== 2\n`);
  assert.strictEqual(String(e), `AssertionError [ERR_ASSERTION]: ${strictHead}\n1 !== 2\n`);
  assert.throws(() => new assert.AssertionError(), { code: 'ERR_INVALID_ARG_TYPE' });
}
