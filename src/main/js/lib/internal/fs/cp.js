'use strict';

// fs.cp / fs.cpSync / fs.promises.cp. The copy is written once as a generator that yields
// file-system operations; a synchronous runner performs them inline and an asynchronous runner
// awaits them, so both forms follow exactly the same rules.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateObject, validateInteger } = require('internal/validators');
const path = require('path');

const kEINVAL = -22;
const kEEXIST = -17;
const kEISDIR = -21;

const defaults = {
  dereference: false,
  errorOnExist: false,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  if (options.mode != null) validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function sysErr(Ctor, message, p, errno = kEINVAL, code = 'EINVAL', dest) {
  const ctx = { message, path: p, syscall: 'cp', errno, code };
  if (dest !== undefined) ctx.dest = dest;
  return new Ctor(ctx);
}

function isSubdir(parent, child) {
  const p = path.resolve(parent).split(path.sep).filter(Boolean);
  const c = path.resolve(child).split(path.sep).filter(Boolean);
  return p.every((seg, i) => c[i] === seg);
}

// An operation for the runners: [name, ...args]. 'stat'/'lstat' give undefined for a missing file.
function* cpGen(src, dest, opts) {
  if (opts.filter) {
    const include = yield ['filter', src, dest];
    if (!include) return;
  }
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src, true];
  const destStat = yield [opts.dereference ? 'stat' : 'lstat', dest, false];
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev && srcStat.ino !== 0) {
      throw sysErr(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw sysErr(ERR_FS_CP_DIR_TO_NON_DIR,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, kEISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw sysErr(ERR_FS_CP_NON_DIR_TO_DIR,
        `cannot overwrite directory ${src} with non-directory ${dest}`, dest, kEISDIR, 'EISDIR');
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw sysErr(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  // The destination's parent directories are created as needed, as Node does.
  if (!destStat) yield ['mkdirParents', path.dirname(dest)];
  yield* copyEntry(src, dest, srcStat, destStat, opts);
}

function* copyEntry(src, dest, srcStat, destStat, opts) {
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw sysErr(ERR_FS_EISDIR, `Recursive option is required to copy a directory: ${src}`, src,
        kEISDIR, 'EISDIR');
    }
    if (!destStat) yield ['mkdir', dest, srcStat.mode & 0o7777];
    const names = yield ['readdir', src];
    for (const name of names) {
      const s = path.join(src, name);
      const d = path.join(dest, name);
      if (opts.filter) {
        const include = yield ['filter', s, d];
        if (!include) continue;
      }
      const childStat = yield [opts.dereference ? 'stat' : 'lstat', s, true];
      const childDest = yield [opts.dereference ? 'stat' : 'lstat', d, false];
      if (childDest && childStat.isDirectory() && !childDest.isDirectory()) {
        throw sysErr(ERR_FS_CP_DIR_TO_NON_DIR,
          `cannot overwrite non-directory ${d} with directory ${s}`, d, kEISDIR, 'EISDIR');
      }
      if (childDest && !childStat.isDirectory() && childDest.isDirectory()) {
        throw sysErr(ERR_FS_CP_NON_DIR_TO_DIR,
          `cannot overwrite directory ${s} with non-directory ${d}`, d, kEISDIR, 'EISDIR');
      }
      yield* copyEntry(s, d, childStat, childDest, opts);
    }
    return;
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield ['unlinkIfLink', dest, destStat];
      } else {
        if (opts.errorOnExist) {
          throw sysErr(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, kEEXIST, 'EEXIST');
        }
        return;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
      yield ['utimes', dest, srcStat.atime, srcStat.mtime];
      if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode];
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !path.isAbsolute(target)) target = path.resolve(path.dirname(src), target);
    if (!destStat) {
      yield ['symlink', target, dest];
      return;
    }
    let destTarget;
    if (destStat.isSymbolicLink()) {
      destTarget = yield ['readlink', dest];
      if (!path.isAbsolute(destTarget)) destTarget = path.resolve(path.dirname(dest), destTarget);
    }
    const srcIsDir = (yield ['stat', src, false])?.isDirectory();
    if (destTarget !== undefined && srcIsDir && isSubdir(target, destTarget)) {
      throw sysErr(ERR_FS_CP_EINVAL, `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
    }
    if (destTarget !== undefined && (yield ['stat', dest, false])?.isDirectory() && isSubdir(destTarget, target)) {
      throw sysErr(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
        `cannot overwrite ${destTarget} with ${target}`, dest);
    }
    yield ['unlink', dest];
    yield ['symlink', target, dest];
    return;
  }
  if (srcStat.isSocket()) throw sysErr(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest);
  if (srcStat.isFIFO()) throw sysErr(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest);
  throw sysErr(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest);
}

const fs = () => require('fs');

function syncOp(op) {
  const f = fs();
  switch (op[0]) {
    case 'filter': {
      const r = this.filter(op[1], op[2]);
      if (r != null && typeof r.then === 'function') {
        const { codes: { ERR_INVALID_RETURN_VALUE } } = require('internal/errors');
        throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
      }
      return r;
    }
    case 'stat': case 'lstat':
      return f[`${op[0]}Sync`](op[1], { throwIfNoEntry: op[2] });
    case 'mkdir': return f.mkdirSync(op[1], { mode: op[2] });
    case 'mkdirParents': return f.mkdirSync(op[1], { recursive: true });
    case 'readdir': return f.readdirSync(op[1]);
    case 'copyFile': return f.copyFileSync(op[1], op[2], op[3]);
    case 'chmod': return f.chmodSync(op[1], op[2]);
    case 'utimes': return f.utimesSync(op[1], op[2], op[3]);
    case 'readlink': return f.readlinkSync(op[1]);
    case 'symlink': return f.symlinkSync(op[1], op[2]);
    case 'unlink': return f.unlinkSync(op[1]);
    case 'unlinkIfLink': return op[2].isSymbolicLink() ? f.unlinkSync(op[1]) : undefined;
  }
  throw new Error(`cp: unknown operation ${op[0]}`);
}

async function asyncOp(op) {
  const p = fs().promises;
  switch (op[0]) {
    case 'filter': return this.filter(op[1], op[2]);
    case 'stat': case 'lstat':
      try {
        return await p[op[0]](op[1]);
      } catch (err) {
        if (!op[2] && err.code === 'ENOENT') return undefined;
        throw err;
      }
    case 'mkdir': return p.mkdir(op[1], { mode: op[2] });
    case 'mkdirParents': return p.mkdir(op[1], { recursive: true });
    case 'readdir': return p.readdir(op[1]);
    case 'copyFile': return p.copyFile(op[1], op[2], op[3]);
    case 'chmod': return p.chmod(op[1], op[2]);
    case 'utimes': return p.utimes(op[1], op[2], op[3]);
    case 'readlink': return p.readlink(op[1]);
    case 'symlink': return p.symlink(op[1], op[2]);
    case 'unlink': return p.unlink(op[1]);
    case 'unlinkIfLink': return op[2].isSymbolicLink() ? p.unlink(op[1]) : undefined;
  }
  throw new Error(`cp: unknown operation ${op[0]}`);
}

function cpSyncFn(src, dest, opts) {
  const gen = cpGen(path.resolve(src), path.resolve(dest), opts);
  let step = gen.next();
  while (!step.done) step = gen.next(Reflect.apply(syncOp, opts, [step.value]));
}

async function cpAsync(src, dest, opts) {
  const gen = cpGen(path.resolve(src), path.resolve(dest), opts);
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = await Reflect.apply(asyncOp, opts, [step.value]);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

module.exports = { cpAsync, cpSyncFn, validateCpOptions };
