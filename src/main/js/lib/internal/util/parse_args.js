'use strict';

// util.parseArgs(): a small command-line parser. The work is done in two passes: the
// arguments are first cut into tokens (options, positionals and the `--` terminator), and
// the tokens are then checked (in strict mode) and folded into `values` / `positionals`.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = Object.hasOwn;

// A property of `obj` only when it is the object's own (inherited ones are ignored).
function own(obj, key) {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

// The option's configured property, or undefined when the option is not configured.
function optionProp(options, name, prop) {
  if (!hasOwn(options, name)) return undefined;
  return own(options[name], prop);
}

const kEvalFlags = new Set(['-e', '--eval', '-p', '--print', '-pe', '-ep']);

// process.argv without the runtime path and, when a script file was run, the file name.
function defaultArgs() {
  const execArgv = process.execArgv || [];
  let evaluating = process._eval != null;
  for (let i = 0; !evaluating && i < execArgv.length; i++) {
    const flag = execArgv[i];
    if (kEvalFlags.has(flag) || flag.startsWith('--eval=') || flag.startsWith('--print=')) {
      evaluating = true;
    }
  }
  return process.argv.slice(evaluating ? 1 : 2);
}

function validateOptionsConfig(options) {
  for (const name of Object.keys(options)) {
    const config = options[name];
    validateObject(config, `options.${name}`);
    const type = own(config, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = own(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = own(config, 'default');
    if (defaultValue !== undefined) {
      const label = `options.${name}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(defaultValue, label);
        else validateString(defaultValue, label);
      } else if (multiple) {
        validateBooleanArray(defaultValue, label);
      } else {
        validateBoolean(defaultValue, label);
      }
    }
  }
}

// The configured option a single short letter stands for: the first option declaring it as
// its `short`, otherwise the letter itself used as a name.
function nameForShort(options, letter) {
  for (const name of Object.keys(options)) {
    if (own(options[name], 'short') === letter) return name;
  }
  return letter;
}

// The argument after `i`, taken as an option's value. Like any argument it must be a
// string-like value: null and undefined fail (with a TypeError), as they do in Node.
function nextValue(args, i) {
  const value = args[i + 1];
  // eslint-disable-next-line no-unused-expressions
  value.length;
  return value;
}

// Cuts `args` into tokens. Each entry is { token, lookup, negated }: `token` is what the
// caller sees; `lookup` is the option name as written (before a `no-` prefix is removed),
// used for the strict checks.
function tokenize(args, options, allowNegative) {
  const entries = [];
  const takesValue = (name) => optionProp(options, name, 'type') === 'string';

  function pushOption(name, rawName, index, value, inlineValue) {
    let negated = false;
    let tokenName = name;
    if (allowNegative && value === undefined && name.startsWith('no-')) {
      negated = true;
      tokenName = name.slice(3);
    }
    entries.push({
      token: { kind: 'option', name: tokenName, rawName, index, value, inlineValue },
      lookup: name,
      negated,
    });
  }

  function pushPositional(index, value) {
    entries.push({ token: { kind: 'positional', index, value } });
  }

  // Everything after a terminator is positional, numbered on from the terminator.
  function terminate(index, rest) {
    entries.push({ token: { kind: 'option-terminator', index } });
    for (let k = 0; k < rest.length; k++) pushPositional(index + 1 + k, rest[k]);
  }

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const length = arg.length;
    if (arg === '--') {
      terminate(i, args.slice(i + 1));
      break;
    }
    if (length > 2 && arg[0] === '-' && arg[1] === '-') {
      const eq = arg.indexOf('=', 3);
      if (eq !== -1) {
        pushOption(arg.slice(2, eq), arg.slice(0, eq), i, arg.slice(eq + 1), true);
      } else {
        const name = arg.slice(2);
        if (takesValue(name) && i + 1 < args.length) {
          pushOption(name, arg, i, nextValue(args, i), false);
          i++;
        } else {
          pushOption(name, arg, i, undefined, undefined);
        }
      }
      continue;
    }
    if (length >= 2 && arg[0] === '-' && arg[1] !== '-') {
      // One letter (`-f`) or a group of letters (`-abc`, `-fVALUE`).
      const start = i;
      let ended = false;
      for (let j = 1; j < length; j++) {
        const letter = arg[j];
        if (letter === '-') {
          // A dash inside a group reads as `--`: the remaining letters become positionals.
          const rest = [];
          for (let k = j + 1; k < length; k++) rest.push(`-${arg[k]}`);
          for (let k = i + 1; k < args.length; k++) rest.push(args[k]);
          terminate(start, rest);
          ended = true;
          break;
        }
        const name = nameForShort(options, letter);
        const last = j === length - 1;
        if (takesValue(name)) {
          if (!last) {
            pushOption(name, `-${letter}`, start, arg.slice(j + 1), true);
            break;
          }
          if (i + 1 < args.length) {
            pushOption(name, `-${letter}`, start, nextValue(args, i), false);
            i++;
            break;
          }
        }
        pushOption(name, `-${letter}`, start, undefined, undefined);
      }
      if (ended) break;
      continue;
    }
    pushPositional(i, arg);
  }
  return entries;
}

function unknownOption(rawName, allowPositionals) {
  return new ERR_PARSE_ARGS_UNKNOWN_OPTION(rawName, allowPositionals);
}

function describeOption(name, config) {
  const short = own(config, 'short');
  return short !== undefined ? `-${short}, --${name}` : `--${name}`;
}

// The strict-mode checks for one option token.
function checkOption(entry, options, allowNegative, allowPositionals) {
  const { token, lookup } = entry;
  let name = lookup;
  if (!hasOwn(options, name)) {
    const base = name.slice(3);
    if (allowNegative && name.startsWith('no-') && optionProp(options, base, 'type') === 'boolean') {
      name = base;
    } else {
      throw unknownOption(token.rawName, allowPositionals);
    }
  }
  const config = options[name];
  const type = own(config, 'type');
  const value = token.value;
  if (type === 'string') {
    if (typeof value !== 'string') {
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${describeOption(name, config)} <value>' argument missing`);
    }
    if (token.inlineValue === false && value.length > 1 && value[0] === '-') {
      const raw = token.rawName;
      const shortForm = raw.length === 2 && raw[0] === '-' && raw[1] !== '-';
      throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
        `Option '${raw}' argument is ambiguous.\n` +
        `Did you forget to specify the option argument for '${raw}'?\n` +
        `To specify an option argument starting with a dash use '--${name}=-XYZ'` +
        `${shortForm ? ` or '${raw}-XYZ'` : ''}.`);
    }
  } else if (type === 'boolean' && value !== undefined) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${describeOption(name, config)}' does not take an argument`);
  }
}

function store(values, options, entry) {
  const { token, negated } = entry;
  const name = token.name;
  if (name === '__proto__') return;
  let value = token.value;
  if (value === undefined) value = !negated;
  if (optionProp(options, name, 'multiple') === true) {
    if (values[name] === undefined) values[name] = [];
    values[name].push(value);
  } else {
    values[name] = value;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = own(config, 'args') ?? defaultArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptionsConfig(options);

  const entries = tokenize(args, options, allowNegative);
  const values = { __proto__: null };
  const positionals = [];

  for (const entry of entries) {
    const { token } = entry;
    if (token.kind === 'option') {
      if (strict) checkOption(entry, options, allowNegative, allowPositionals);
      store(values, options, entry);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
    }
  }

  for (const name of Object.keys(options)) {
    if (name === '__proto__') continue;
    const defaultValue = own(options[name], 'default');
    if (defaultValue !== undefined && values[name] === undefined) values[name] = defaultValue;
  }

  const result = { values, positionals };
  if (returnTokens) result.tokens = entries.map((entry) => entry.token);
  return result;
}

module.exports = { parseArgs };
