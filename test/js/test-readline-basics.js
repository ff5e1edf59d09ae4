'use strict';
// node:readline and node:readline/promises: line splitting, questions, the line editor's
// output, key decoding, history, async iteration and the cursor helpers.
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Readable } = require('stream');
const { promisify } = require('util');

const pending = [];

// Plain streams: every line ending (including \r\n split across chunks and U+2028), and the
// last line without an ending when the input ends.
pending.push(new Promise((resolve) => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => {
    assert.deepStrictEqual(lines, ['a', 'b', 'c', 'de', '', 'f', 'last']);
    resolve();
  });
  input.write('a\r');
  input.write('\nb\nc\rd');
  input.end('e\n\nf\u2028last');
}));

// A question takes the next line; the prompt goes to the output; the old prompt comes back.
pending.push(new Promise((resolve) => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output, terminal: false, prompt: 'P> ' });
  rl.question('name? ', (answer) => {
    assert.strictEqual(answer, 'ada');
    assert.strictEqual(written, 'name? ');
    assert.strictEqual(rl.getPrompt(), 'P> ');
    rl.close();
    assert.throws(() => rl.question('again?', () => {}), { code: 'ERR_USE_AFTER_CLOSE' });
    resolve();
  });
  input.write('ada\n');
}));

// The terminal line editor: cursor keys, editing in the middle, the redraw it writes, history.
{
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ' });
  const lines = [];
  const histories = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('history', (h) => histories.push([...h]));
  rl.prompt();
  assert.strictEqual(written, '\x1b[1G\x1b[0J$ \x1b[3G');
  written = '';
  input.write('hello\x1b[D\x1b[D');
  assert.strictEqual(written, 'hello\x1b[1D\x1b[1D');
  assert.strictEqual(rl.cursor, 3);
  written = '';
  input.write('X');
  assert.strictEqual(rl.line, 'helXlo');
  assert.strictEqual(written, '\x1b[1G\x1b[0J$ helXlo\x1b[7G');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 6 });
  input.write('\r');
  input.write('second\r');
  assert.deepStrictEqual(lines, ['helXlo', 'second']);
  assert.deepStrictEqual(histories, [['helXlo'], ['second', 'helXlo']]);
  // Up arrow recalls the newest entry; ctrl+u deletes left of the cursor; ctrl+y yanks it back.
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'second');
  input.write('\x15');
  assert.strictEqual(rl.line, '');
  input.write('\x19');
  assert.strictEqual(rl.line, 'second');
  // ctrl+w deletes a word; undo (ctrl+_) restores it.
  input.write(' word\x17');
  assert.strictEqual(rl.line, 'second ');
  input.write('\x1f');
  assert.strictEqual(rl.line, 'second word');
  rl.close();
  assert.strictEqual(rl.closed, true);
}

// Keypress decoding.
{
  const input = new PassThrough();
  readline.emitKeypressEvents(input);
  const keys = [];
  input.on('keypress', (s, k) => keys.push([s, k]));
  input.write('a\x1b[1;5A\x03\x1bb\r');
  assert.deepStrictEqual(keys, [
    ['a', { sequence: 'a', name: 'a', ctrl: false, meta: false, shift: false }],
    [undefined, { sequence: '\x1b[1;5A', name: 'up', ctrl: true, meta: false, shift: false, code: '[A' }],
    ['\x03', { sequence: '\x03', name: 'c', ctrl: true, meta: false, shift: false }],
    [undefined, { sequence: '\x1bb', name: 'b', ctrl: false, meta: true, shift: false }],
    ['\r', { sequence: '\r', name: 'return', ctrl: false, meta: false, shift: false }],
  ]);
}

// Tab completion: a common prefix is inserted at once.
{
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readline.createInterface({
    input, output, terminal: true,
    completer: (line) => [['process.stdout', 'process.stderr'].filter((c) => c.startsWith(line)), line],
  });
  input.write('pro\t');
  assert.strictEqual(rl.line, 'process.std');
  rl.close();
}

// Async iteration, and readline/promises.
pending.push((async () => {
  const rl = readline.createInterface({ input: Readable.from(['x\ny', '\nz']), crlfDelay: Infinity });
  const seen = [];
  for await (const line of rl) seen.push(line);
  assert.deepStrictEqual(seen, ['x', 'y', 'z']);

  const input = new PassThrough();
  const rlp = readlinePromises.createInterface({ input });
  setImmediate(() => input.write('42\n'));
  assert.strictEqual(await rlp.question('n? '), '42');
  const ac = new AbortController();
  const asked = rlp.question('never? ', { signal: ac.signal });
  ac.abort();
  await assert.rejects(asked, { name: 'AbortError' });
  rlp.close();

  const rlc = readline.createInterface({ input: new PassThrough() });
  assert.strictEqual(promisify(rlc.question).name, 'question');
  const q = promisify(rlc.question).call(rlc, 'q? ');
  rlc.write('yes\n');
  assert.strictEqual(await q, 'yes');
  rlc.close();

  let out = '';
  const sink = new PassThrough();
  sink.on('data', (d) => { out += d; });
  const r = new readlinePromises.Readline(sink);
  await r.cursorTo(2, 1).moveCursor(-1, 3).clearLine(0).clearScreenDown().commit();
  assert.strictEqual(out, '\x1b[2;3H\x1b[1D\x1b[3B\x1b[2K\x1b[0J');
  assert.throws(() => new readlinePromises.Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
})());

// The cursor helpers and their argument errors.
{
  const writes = [];
  const sink = { write(d) { writes.push(d); return true; } };
  assert.strictEqual(readline.cursorTo(sink, 4), true);
  readline.cursorTo(sink, 1, 2);
  readline.moveCursor(sink, -2, 1);
  readline.clearLine(sink, -1);
  readline.clearLine(sink, 1);
  readline.clearScreenDown(sink);
  assert.deepStrictEqual(writes, ['\x1b[5G', '\x1b[3;2H', '\x1b[2D\x1b[1B', '\x1b[1K', '\x1b[0K', '\x1b[0J']);
  assert.throws(() => readline.cursorTo(sink, undefined, 2), {
    code: 'ERR_INVALID_CURSOR_POS',
    message: 'Cannot set cursor row without setting its column',
  });
  assert.throws(() => readline.cursorTo(sink, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => readline.createInterface({ input: new PassThrough(), completer: 5 }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => readline.createInterface({ input: new PassThrough(), historySize: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => readline.createInterface({ input: new PassThrough(), tabSize: 0 }),
                { code: 'ERR_OUT_OF_RANGE' });
}

Promise.all(pending).then(() => console.log('ok'));
