'use strict';
// util.parseArgs(): options, short groups, values, defaults, negation, tokens and errors.
const assert = require('assert');
const { parseArgs } = require('util');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

function expectError(config, code, message) {
  const err = caught(() => parseArgs(config));
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.name, 'TypeError');
  if (message !== undefined) assert.strictEqual(err.message, message);
}

const opts = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', short: 't', multiple: true },
};

assert.strictEqual(parseArgs.name, 'parseArgs');
assert.strictEqual(parseArgs.length, 0);

// Basic parsing: the result has a null-prototype `values`.
{
  const result = parseArgs({ args: ['-v', '--file', 'a.txt', '-t', 'x', '--tag=y'], options: opts });
  assert.deepStrictEqual(result, {
    values: { __proto__: null, verbose: true, file: 'a.txt', tag: ['x', 'y'] },
    positionals: [],
  });
  assert.strictEqual(Object.getPrototypeOf(result.values), null);
  assert.deepStrictEqual(Object.keys(result), ['values', 'positionals']);
}

// Short groups, inline short values, `--` and positionals.
assert.deepStrictEqual(
  parseArgs({ args: ['-vfout', 'p1', '--', '-v', '--file'], options: opts, allowPositionals: true }),
  { values: { __proto__: null, verbose: true, file: 'out' }, positionals: ['p1', '-v', '--file'] });
assert.deepStrictEqual(
  parseArgs({ args: ['-vf', 'name'], options: opts }),
  { values: { __proto__: null, verbose: true, file: 'name' }, positionals: [] });
assert.deepStrictEqual(
  parseArgs({ args: ['--file=a=b', '--file='], options: opts }).values,
  { __proto__: null, file: '' });

// strict: false stores unknown options, and values of unknown options given inline.
assert.deepStrictEqual(
  parseArgs({ args: ['--x', '-yz', '--k=v', 'pos', '---w'], strict: false }),
  { values: { __proto__: null, 'x': true, 'y': true, 'z': true, 'k': 'v', '-w': true }, positionals: ['pos'] });
// A string option without its value becomes `true` in non-strict mode.
assert.deepStrictEqual(parseArgs({ args: ['--file'], options: opts, strict: false }).values,
                       { __proto__: null, file: true });
// A string option takes the next argument whatever it looks like.
assert.deepStrictEqual(parseArgs({ args: ['-f', '--', 'x'], options: opts, strict: false }),
                       { values: { __proto__: null, file: '--' }, positionals: ['x'] });

// Defaults apply only to options not given.
{
  const defaults = ['d1'];
  const options = {
    a: { type: 'string', default: 'A' },
    b: { type: 'boolean', default: false },
    c: { type: 'string', multiple: true, default: defaults },
  };
  const { values } = parseArgs({ args: ['--b'], options });
  assert.deepStrictEqual(values, { __proto__: null, b: true, a: 'A', c: ['d1'] });
  assert.strictEqual(values.c, defaults);
  assert.deepStrictEqual(parseArgs({ args: ['--c', 'z'], options }).values.c, ['z']);
}

// allowNegative.
{
  const options = { color: { type: 'boolean', default: true }, name: { type: 'string' } };
  assert.deepStrictEqual(parseArgs({ args: ['--no-color'], options, allowNegative: true }).values,
                         { __proto__: null, color: false });
  assert.deepStrictEqual(parseArgs({ args: ['--no-color', '--color'], options, allowNegative: true }).values,
                         { __proto__: null, color: true });
  expectError({ args: ['--no-color'], options }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
              "Unknown option '--no-color'");
  expectError({ args: ['--no-name'], options, allowNegative: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
              "Unknown option '--no-name'");
  expectError({ args: ['--no-color=1'], options, allowNegative: true }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
              "Option '--color' does not take an argument");
  assert.deepStrictEqual(
    parseArgs({ args: ['--no-x', '--no-'], strict: false, allowNegative: true }).values,
    { __proto__: null, 'x': false, '': false });
}

// Tokens.
{
  const { tokens } = parseArgs({
    args: ['-vf', 'n', '--tag=a', 'pos', '--', '--x'], options: opts, tokens: true, allowPositionals: true,
  });
  assert.deepStrictEqual(tokens, [
    { kind: 'option', name: 'verbose', rawName: '-v', index: 0, value: undefined, inlineValue: undefined },
    { kind: 'option', name: 'file', rawName: '-f', index: 0, value: 'n', inlineValue: false },
    { kind: 'option', name: 'tag', rawName: '--tag', index: 2, value: 'a', inlineValue: true },
    { kind: 'positional', index: 3, value: 'pos' },
    { kind: 'option-terminator', index: 4 },
    { kind: 'positional', index: 5, value: '--x' },
  ]);
  assert.ok(Object.hasOwn(tokens[0], 'value'));
  assert.ok(Object.hasOwn(tokens[0], 'inlineValue'));
}

// Only own properties of the configuration count.
assert.deepStrictEqual(parseArgs({ args: [], options: { __proto__: { x: { type: 'string', default: 'd' } } } }),
                       { values: { __proto__: null }, positionals: [] });
assert.deepStrictEqual(parseArgs({ args: ['--__proto__'], strict: false }).values, { __proto__: null });

// Errors during parsing, with Node's messages.
expectError({ args: ['--nope'], options: opts }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', "Unknown option '--nope'");
expectError({ args: ['-vx'], options: opts, allowPositionals: true }, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
            "Unknown option '-x'. To specify a positional argument starting with a '-', place it at the end " +
            "of the command after '--', as in '-- \"-x\"");
expectError({ args: ['pos'], options: opts }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
            "Unexpected argument 'pos'. This command does not take positional arguments");
expectError({ args: ['pos'], strict: false, allowPositionals: false }, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL');
expectError({ args: ['--file'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '-f, --file <value>' argument missing");
expectError({ args: ['--verbose=yes'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '-v, --verbose' does not take an argument");
expectError({ args: ['-f', '-v'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\n" +
            "To specify an option argument starting with a dash use '--file=-XYZ' or '-f-XYZ'.");
expectError({ args: ['--file', '--'], options: opts }, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            "Option '--file' argument is ambiguous.\nDid you forget to specify the option argument for '--file'?\n" +
            "To specify an option argument starting with a dash use '--file=-XYZ'.");
// '-' alone is a fine value, and '-XYZ' can be given inline.
assert.strictEqual(parseArgs({ args: ['--file', '-'], options: opts }).values.file, '-');
assert.strictEqual(parseArgs({ args: ['-f-x'], options: opts }).values.file, '-x');

// Configuration errors.
expectError({ args: 'x' }, 'ERR_INVALID_ARG_TYPE',
            'The "args" argument must be an instance of Array. Received type string (\'x\')');
expectError({ strict: 1 }, 'ERR_INVALID_ARG_TYPE',
            'The "strict" argument must be of type boolean. Received type number (1)');
expectError({ allowPositionals: 'yes' }, 'ERR_INVALID_ARG_TYPE');
expectError({ tokens: 1, allowNegative: 1 }, 'ERR_INVALID_ARG_TYPE',
            'The "tokens" argument must be of type boolean. Received type number (1)');
expectError({ allowNegative: 1 }, 'ERR_INVALID_ARG_TYPE');
expectError({ options: [] }, 'ERR_INVALID_ARG_TYPE',
            'The "options" argument must be of type object. Received an instance of Array');
expectError({ options: { a: null } }, 'ERR_INVALID_ARG_TYPE',
            'The "options.a" property must be of type object. Received null');
expectError({ options: { a: {} } }, 'ERR_INVALID_ARG_TYPE',
            'The "options.a.type" property must be (\'string|boolean\'). Received undefined');
expectError({ options: { a: { type: 'number' } } }, 'ERR_INVALID_ARG_TYPE');
expectError({ options: { a: { type: 'string', short: 1 } } }, 'ERR_INVALID_ARG_TYPE',
            'The "options.a.short" property must be of type string. Received type number (1)');
expectError({ options: { a: { type: 'string', short: 'ab' } } }, 'ERR_INVALID_ARG_VALUE',
            "The property 'options.a.short' must be a single character. Received 'ab'");
expectError({ options: { a: { type: 'string', multiple: 'no' } } }, 'ERR_INVALID_ARG_TYPE');
expectError({ options: { a: { type: 'string', default: 1 } } }, 'ERR_INVALID_ARG_TYPE',
            'The "options.a.default" property must be of type string. Received type number (1)');
expectError({ options: { a: { type: 'boolean', multiple: true, default: true } } }, 'ERR_INVALID_ARG_TYPE',
            'The "options.a.default" property must be an instance of Array. Received type boolean (true)');
expectError({ options: { a: { type: 'string', multiple: true, default: ['x', 2] } } }, 'ERR_INVALID_ARG_TYPE',
            'The "options.a.default[1]" property must be of type string. Received type number (2)');
