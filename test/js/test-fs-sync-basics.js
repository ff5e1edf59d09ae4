'use strict';
// node:fs synchronous API: files, descriptors, stats, directories, links, errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = { tmpdir: () => process.env.TMPDIR || '/tmp' };

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-sync-'));
try {
  const file = path.join(root, 'a.txt');

  // writeFile / readFile / appendFile
  fs.writeFileSync(file, 'hello');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
  fs.appendFileSync(file, ' world');
  const buf = fs.readFileSync(file);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'hello world');
  assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }), Buffer.from('hello world').toString('hex'));
  fs.writeFileSync(file, new Uint8Array([104, 105]));
  assert.strictEqual(fs.readFileSync(file, 'latin1'), 'hi');
  fs.writeFileSync(file, 'é', 'latin1');
  assert.deepStrictEqual([...fs.readFileSync(file)], [0xe9]);

  // flags
  assert.throws(() => fs.writeFileSync(file, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });
  assert.throws(() => fs.openSync(file, 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });

  // descriptors
  const fd = fs.openSync(file, 'w+');
  assert.ok(fd > 2);
  assert.strictEqual(fs.writeSync(fd, 'abcdef'), 6);
  assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1), 2);
  const rb = Buffer.alloc(10);
  assert.strictEqual(fs.readSync(fd, rb, 0, 10, 0), 6);
  assert.strictEqual(rb.toString('utf8', 0, 6), 'aXYdef');
  assert.strictEqual(fs.readSync(fd, rb, { position: 3, length: 2 }), 2);
  assert.strictEqual(rb.toString('utf8', 0, 2), 'de');
  assert.strictEqual(fs.fstatSync(fd).size, 6);
  fs.ftruncateSync(fd, 3);
  assert.strictEqual(fs.fstatSync(fd).size, 3);
  fs.ftruncateSync(fd, 5);
  assert.deepStrictEqual([...fs.readFileSync(file)], [97, 88, 89, 0, 0]);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  fs.closeSync(fd);
  assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close' });
  assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });

  // readv / writev
  const vfd = fs.openSync(file, 'w+');
  assert.strictEqual(fs.writevSync(vfd, [Buffer.from('12'), Buffer.from('345')], 0), 5);
  const b1 = Buffer.alloc(3);
  const b2 = Buffer.alloc(3);
  assert.strictEqual(fs.readvSync(vfd, [b1, b2], 0), 5);
  assert.strictEqual(b1.toString() + b2.toString('utf8', 0, 2), '12345');
  fs.closeSync(vfd);

  // append mode writes at the end even with a position
  const afd = fs.openSync(file, 'a');
  fs.writeSync(afd, 'Z', 0);
  fs.closeSync(afd);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '12345Z');

  // stat
  const st = fs.statSync(file);
  assert.ok(st instanceof fs.Stats);
  assert.ok(st.isFile());
  assert.ok(!st.isDirectory());
  assert.strictEqual(st.size, 6);
  assert.strictEqual(typeof st.mtimeMs, 'number');
  assert.ok(st.mtime instanceof Date);
  assert.strictEqual(Math.round(st.mtime.getTime()), Math.round(st.mtimeMs));
  const big = fs.statSync(file, { bigint: true });
  assert.strictEqual(typeof big.size, 'bigint');
  assert.strictEqual(typeof big.mtimeNs, 'bigint');
  assert.strictEqual(big.size, 6n);
  assert.ok(big.isFile());
  assert.strictEqual(fs.statSync(path.join(root, 'nope'), { throwIfNoEntry: false }), undefined);
  assert.throws(() => fs.statSync(path.join(root, 'nope')), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'stat');
    assert.strictEqual(err.path, path.join(root, 'nope'));
    assert.strictEqual(err.message, `ENOENT: no such file or directory, stat '${path.join(root, 'nope')}'`);
    return true;
  });

  // access / exists
  fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  assert.throws(() => fs.accessSync(path.join(root, 'nope')), { code: 'ENOENT', syscall: 'access' });
  assert.strictEqual(fs.existsSync(file), true);
  assert.strictEqual(fs.existsSync(path.join(root, 'nope')), false);
  assert.strictEqual(fs.existsSync(), false);

  // directories
  const deep = path.join(root, 'd1', 'd2', 'd3');
  assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), path.join(root, 'd1'));
  assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), undefined);
  assert.throws(() => fs.mkdirSync(deep), { code: 'EEXIST', syscall: 'mkdir' });
  fs.writeFileSync(path.join(root, 'd1', 'f'), '');
  assert.deepStrictEqual(fs.readdirSync(path.join(root, 'd1')).sort(), ['d2', 'f']);
  const ents = fs.readdirSync(path.join(root, 'd1'), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name));
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.ok(ents[0].isDirectory());
  assert.ok(ents[1].isFile());
  assert.strictEqual(ents[1].parentPath, path.join(root, 'd1'));
  assert.deepStrictEqual(fs.readdirSync(path.join(root, 'd1'), { recursive: true }).sort(),
    ['d2', 'd2/d3', 'f']);
  assert.throws(() => fs.readdirSync(file), { code: 'ENOTDIR', syscall: 'scandir' });
  assert.throws(() => fs.rmdirSync(path.join(root, 'd1')), { code: 'ENOTEMPTY', syscall: 'rmdir' });
  assert.throws(() => fs.rmSync(path.join(root, 'd1')), { code: 'ERR_FS_EISDIR' });
  fs.rmSync(path.join(root, 'd1'), { recursive: true });
  assert.strictEqual(fs.existsSync(path.join(root, 'd1')), false);
  fs.rmSync(path.join(root, 'd1'), { force: true });
  assert.throws(() => fs.rmSync(path.join(root, 'd1')), { code: 'ENOENT' });

  // opendir
  fs.mkdirSync(path.join(root, 'od'));
  fs.writeFileSync(path.join(root, 'od', 'x'), '');
  const dir = fs.opendirSync(path.join(root, 'od'));
  const first = dir.readSync();
  assert.strictEqual(first.name, 'x');
  assert.strictEqual(dir.readSync(), null);
  dir.closeSync();
  assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });

  // rename / copyFile / unlink
  const b = path.join(root, 'b.txt');
  fs.renameSync(file, b);
  assert.strictEqual(fs.existsSync(file), false);
  fs.copyFileSync(b, file);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '12345Z');
  assert.throws(() => fs.copyFileSync(b, file, fs.constants.COPYFILE_EXCL), { code: 'EEXIST' });
  assert.throws(() => fs.renameSync(path.join(root, 'nope'), b), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.dest, b);
    assert.ok(err.message.endsWith(` -> '${b}'`));
    return true;
  });
  fs.unlinkSync(b);

  // links
  const link = path.join(root, 'lnk');
  fs.symlinkSync('a.txt', link);
  assert.strictEqual(fs.readlinkSync(link), 'a.txt');
  assert.ok(fs.lstatSync(link).isSymbolicLink());
  assert.ok(fs.statSync(link).isFile());
  assert.strictEqual(fs.realpathSync(link), fs.realpathSync(file));
  assert.throws(() => fs.readlinkSync(file), { code: 'EINVAL', syscall: 'readlink' });
  const hard = path.join(root, 'hard');
  fs.linkSync(file, hard);
  assert.strictEqual(fs.statSync(file).nlink, 2);

  // chmod / utimes / truncate
  fs.chmodSync(file, 0o640);
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
  fs.chmodSync(file, '644');
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o644);
  fs.utimesSync(file, 1000, new Date(2000000));
  const ts = fs.statSync(file);
  assert.strictEqual(ts.atimeMs, 1000000);
  assert.strictEqual(ts.mtimeMs, 2000000);
  fs.truncateSync(file, 2);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '12');

  // argument validation
  assert.throws(() => fs.readFileSync(123.5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.readFileSync(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.readFileSync({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.statSync('a\u0000b'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.closeSync('1'), { code: 'ERR_INVALID_ARG_TYPE' });

  // constants
  assert.strictEqual(fs.constants.O_CREAT, 64);
  assert.strictEqual(fs.constants.S_IFDIR, 0o40000);
  assert.strictEqual(fs.constants.COPYFILE_EXCL, 1);
  assert.strictEqual(fs.constants.F_OK, 0);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
