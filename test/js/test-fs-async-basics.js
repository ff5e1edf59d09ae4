'use strict';
// node:fs callback and promise APIs, FileHandle, streams, cp and watch.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const root = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'jnode-fs-async-'));
const file = path.join(root, 'a.txt');
const steps = [];

function cleanup() {
  fs.rmSync(root, { recursive: true, force: true });
}

fs.writeFile(file, 'callback data', (err) => {
  assert.ifError(err);
  fs.readFile(file, 'utf8', (err, text) => {
    assert.ifError(err);
    assert.strictEqual(text, 'callback data');
    fs.stat(file, (err, st) => {
      assert.ifError(err);
      assert.strictEqual(st.size, 13);
      fs.readFile(path.join(root, 'missing'), (err) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'open');
        assert.strictEqual(err.path, path.join(root, 'missing'));
        steps.push('callbacks');
        openReadWrite();
      });
    });
  });
});

function openReadWrite() {
  fs.open(file, 'r+', (err, fd) => {
    assert.ifError(err);
    fs.write(fd, 'CALL', 0, 'utf8', (err, written, str) => {
      assert.ifError(err);
      assert.strictEqual(written, 4);
      assert.strictEqual(str, 'CALL');
      const buf = Buffer.alloc(8);
      fs.read(fd, buf, 0, 8, 0, (err, n, b) => {
        assert.ifError(err);
        assert.strictEqual(n, 8);
        assert.strictEqual(b, buf);
        assert.strictEqual(buf.toString(), 'CALLback');
        fs.close(fd, (err) => {
          assert.ifError(err);
          steps.push('fd');
          promises().catch((e) => {
            cleanup();
            throw e;
          });
        });
      });
    });
  });
}

async function promises() {
  const p = path.join(root, 'p.txt');
  await fsp.writeFile(p, 'promise');
  assert.strictEqual(await fsp.readFile(p, 'utf8'), 'promise');
  await fsp.appendFile(p, '!');
  assert.strictEqual(await fsp.readFile(p, { encoding: 'utf8' }), 'promise!');
  await assert.rejects(fsp.readFile(path.join(root, 'missing')), { code: 'ENOENT' });

  const fh = await fsp.open(p, 'r+');
  assert.strictEqual(typeof fh.fd, 'number');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(7), 0, 7, 0);
  assert.strictEqual(bytesRead, 7);
  assert.strictEqual(buffer.toString(), 'promise');
  const { bytesWritten } = await fh.write(Buffer.from('P'), 0, 1, 0);
  assert.strictEqual(bytesWritten, 1);
  assert.strictEqual((await fh.stat()).size, 8);
  await fh.truncate(4);
  assert.strictEqual(await fh.readFile('utf8'), 'Prom');
  await fh.close();
  assert.strictEqual(fh.fd, -1);

  const d = path.join(root, 'x', 'y');
  assert.strictEqual(await fsp.mkdir(d, { recursive: true }), path.join(root, 'x'));
  await fsp.writeFile(path.join(d, 'f'), 'f');
  const names = [];
  for await (const ent of await fsp.opendir(d)) names.push(ent.name);
  assert.deepStrictEqual(names, ['f']);
  assert.deepStrictEqual((await fsp.readdir(path.join(root, 'x'), { recursive: true })).sort(), ['y', 'y/f']);

  await fsp.cp(path.join(root, 'x'), path.join(root, 'x2'), { recursive: true });
  assert.strictEqual(fs.readFileSync(path.join(root, 'x2', 'y', 'f'), 'utf8'), 'f');
  await fsp.rm(path.join(root, 'x2'), { recursive: true });
  assert.strictEqual(fs.existsSync(path.join(root, 'x2')), false);
  const st = await fsp.stat(p, { bigint: true });
  assert.strictEqual(typeof st.ino, 'bigint');
  steps.push('promises');
  streams();
}

function streams() {
  const src = path.join(root, 'big.txt');
  const text = 'line of text\n'.repeat(10000);
  fs.writeFileSync(src, text);
  const rs = fs.createReadStream(src, { highWaterMark: 1024 });
  const events = [];
  rs.on('open', (fd) => events.push(typeof fd));
  rs.on('ready', () => events.push('ready'));
  const dst = path.join(root, 'copy.txt');
  const ws = fs.createWriteStream(dst);
  rs.pipe(ws).on('finish', () => {
    assert.deepStrictEqual(events, ['number', 'ready']);
    assert.strictEqual(fs.readFileSync(dst, 'utf8'), text);
    assert.strictEqual(ws.bytesWritten, text.length);
    const part = fs.createReadStream(src, { start: 5, end: 11, encoding: 'utf8' });
    let got = '';
    part.on('data', (c) => { got += c; });
    part.on('close', () => {
      assert.strictEqual(got, 'of text');
      steps.push('streams');
      watching();
    });
  });
}

function watching() {
  const w = fs.watch(root, (eventType, filename) => {
    if (filename !== 'watched.txt') return;
    assert.ok(eventType === 'rename' || eventType === 'change');
    w.close();
    steps.push('watch');
  });
  w.on('close', () => {
    steps.push('watch-close');
    cleanup();
  });
  setTimeout(() => fs.writeFileSync(path.join(root, 'watched.txt'), 'x'), 100);
}

process.on('exit', () => {
  assert.deepStrictEqual(steps, ['callbacks', 'fd', 'promises', 'streams', 'watch', 'watch-close']);
});
