'use strict';

// node:path — POSIX path operations (path.posix), Windows ones (path.win32) and path.matchesGlob.
// On Linux `require('path')` is path.posix.

const { validateString, validateObject } = require('internal/validators');

const SLASH = 47; // '/'

// Resolves '.' and '..' segments; `allowAboveRoot` keeps leading '..' for relative paths.
function normalizeString(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

function isPosixSep(code) {
  return code === SLASH;
}

function posixCwd() {
  return process.cwd();
}

const posix = {
  sep: '/',
  delimiter: ':',

  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === SLASH;
    }
    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === SLASH;
    let p = normalizeString(path, !isAbsolute);
    if (p.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) p += '/';
    return isAbsolute ? `/${p}` : p;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    const up = fromParts.slice(common).map(() => '..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return basenameWithSuffix(path, suffix, 0, isPosixSep);
    }
    let end = path.length;
    while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
    if (end === 0) return '';
    const start = path.lastIndexOf('/', end - 1) + 1;
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const base = posix.basename(path);
    const dot = base.lastIndexOf('.');
    if (dot <= 0) {
      // '.bashrc' has no extension; '..' neither
      return '';
    }
    if (dot === base.length - 1 && base === '..') return '';
    return base.slice(dot);
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    return formatPath('/', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === SLASH;
    if (isAbsolute) ret.root = '/';
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === SLASH) end--;
    const trimmed = path.slice(0, end);
    if (trimmed === '/') {
      ret.dir = '/';
      return ret;
    }
    const slash = trimmed.lastIndexOf('/');
    ret.base = trimmed.slice(slash + 1);
    if (slash === 0) ret.dir = '/';
    else if (slash > 0) ret.dir = trimmed.slice(0, slash);
    const dot = ret.base.lastIndexOf('.');
    if (slash === 0 && ret.base === '..') {
      // Node reads '/..' as name '.' plus extension '.'.
      ret.name = '.';
      ret.ext = '.';
    } else if (dot <= 0 || ret.base === '..') {
      ret.name = ret.base;
    } else {
      ret.name = ret.base.slice(0, dot);
      ret.ext = ret.base.slice(dot);
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },
};

function formatPath(sep, pathObject) {
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// ---- path.win32 ----

const BACKSLASH = 92; // '\\'
const COLON = 58; // ':'

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// True when `path` begins with a drive designator such as 'C:'.
function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON;
}

// The end of the run of non-separators starting at `i`.
function skipName(path, i) {
  while (i < path.length && !isWinSep(path.charCodeAt(i))) i++;
  return i;
}

function skipSeps(path, i) {
  while (i < path.length && isWinSep(path.charCodeAt(i))) i++;
  return i;
}

// A UNC prefix '\\server\share': { server, share, shareEnd } or null. Both names must be there.
function uncPrefix(path) {
  if (path.length < 2 || !isWinSep(path.charCodeAt(0)) || !isWinSep(path.charCodeAt(1))) return null;
  const serverEnd = skipName(path, 2);
  if (serverEnd === 2 || serverEnd === path.length) return null;
  const shareStart = skipSeps(path, serverEnd);
  if (shareStart === path.length) return null;
  const shareEnd = skipName(path, shareStart);
  return { server: path.slice(2, serverEnd), share: path.slice(shareStart, shareEnd), shareEnd };
}

// The root of a path as parse(), dirname() and basename() see it: its length (a UNC root
// includes the separator after the share name).
function win32RootLength(path) {
  const len = path.length;
  if (len === 0) return 0;
  if (isWinSep(path.charCodeAt(0))) {
    const unc = uncPrefix(path);
    if (unc === null) return 1;
    return unc.shareEnd === len ? len : unc.shareEnd + 1;
  }
  if (hasDrive(path)) return len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  return 0;
}

// The root as normalize() and resolve() see it: { device, end, absolute }. `device` is spelled
// with backslashes; a device namespace ('\\?\' or '\\.\' followed by more) is its own root.
function win32Device(path) {
  const len = path.length;
  if (len === 0) return { device: '', end: 0, absolute: false };
  if (isWinSep(path.charCodeAt(0))) {
    if (len > 4 && isWinSep(path.charCodeAt(1)) && isWinSep(path.charCodeAt(3)) && skipSeps(path, 4) < len) {
      const c = path.charCodeAt(2);
      if (c === 63 /* ? */ || c === 46 /* . */) return { device: `\\\\${path[2]}`, end: 4, absolute: true };
    }
    const unc = uncPrefix(path);
    if (unc !== null) return { device: `\\\\${unc.server}\\${unc.share}`, end: unc.shareEnd, absolute: true };
    return { device: '', end: 1, absolute: true };
  }
  if (hasDrive(path)) {
    return { device: path.slice(0, 2), end: 2, absolute: len > 2 && isWinSep(path.charCodeAt(2)) };
  }
  return { device: '', end: 0, absolute: false };
}

// Resolves '.' and '..' in a run of segments separated by either slash; joined with '\'.
function normalizeWin32Segments(path, allowAboveRoot) {
  const out = [];
  let i = 0;
  const len = path.length;
  while (i <= len) {
    const end = skipName(path, i);
    const seg = path.slice(i, end);
    i = end + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('\\');
}

// Windows device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with superscript digits).
const reservedDeviceName = /^(?:CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3])$/i;

// A relative path whose first segment is 'NAME:…' for a device NAME: the length of 'NAME:', or -1.
function deviceNamePrefix(path) {
  const colon = path.indexOf(':');
  if (colon <= 0) return -1;
  for (let i = 0; i < colon; i++) if (isWinSep(path.charCodeAt(i))) return -1;
  return reservedDeviceName.test(path.slice(0, colon)) ? colon + 1 : -1;
}

// A normalized relative path must not read as a drive or stream path: 'a/../C:x' is '.\C:x'.
function needsDotPrefix(original, tail) {
  if (hasDrive(tail)) return true;
  for (let i = original.indexOf(':'); i !== -1; i = original.indexOf(':', i + 1)) {
    if (i === original.length - 1 || isWinSep(original.charCodeAt(i + 1))) return true;
  }
  return false;
}

function win32Cwd() {
  return process.cwd();
}

const win32 = {
  sep: '\\',
  delimiter: ';',

  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = win32Cwd();
      } else {
        // Windows keeps a working directory per drive; a posix host has only the process's.
        path = win32Cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charCodeAt(2) === BACKSLASH)) {
          path = `${device}\\`;
        }
      }
      const root = win32Device(path);
      if (root.device.length > 0) {
        if (device.length === 0) device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue; // another drive
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.end)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeWin32Segments(tail, !absolute);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
    const trailingSep = isWinSep(path.charCodeAt(len - 1));
    const root = win32Device(path);
    if (root.device === '' && !root.absolute) {
      // 'CON:x' names a device: keep it as '.\CON:' and normalize what follows on its own.
      const dev = deviceNamePrefix(path);
      if (dev !== -1) {
        let rest = normalizeWin32Segments(path.slice(dev), true);
        if (rest === '') rest = '.';
        if (trailingSep) rest += '\\';
        return `.\\${path.slice(0, dev)}${rest}`;
      }
      // A device name plus one character ('CON.', 'COM1\\') also gets the '.\\' prefix.
      if (reservedDeviceName.test(path.slice(0, -1))) {
        let tail = normalizeWin32Segments(path, true);
        if (tail === '') tail = '.';
        if (trailingSep) tail += '\\';
        return `.\\${tail}`;
      }
    }
    // A bare UNC root always ends with a separator.
    if (root.device.length > 2 && root.end === len && root.device[2] !== '?' && root.device[2] !== '.') {
      return `${root.device}\\`;
    }
    let tail = root.end < len ? normalizeWin32Segments(path.slice(root.end), !root.absolute) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && trailingSep) tail += '\\';
    if (!root.absolute && root.device === '' && needsDotPrefix(path, tail)) return `.\\${tail}`;
    if (root.absolute) return `${root.device}\\${tail}`;
    return `${root.device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    return isWinSep(path.charCodeAt(0)) || (len > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = first = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Only a first part that itself starts like a UNC path ('\\server') keeps a leading double
    // separator; otherwise leading separators collapse, so joining never invents a UNC root.
    const looksUnc = first.length > 2 && isWinSep(first.charCodeAt(0)) && isWinSep(first.charCodeAt(1)) &&
      !isWinSep(first.charCodeAt(2));
    if (!looksUnc) {
      const lead = skipSeps(joined, 0);
      if (lead >= 2) joined = `\\${joined.slice(lead)}`;
    }
    // A backslash-separated part that starts with a device name ('CON:') keeps the result as
    // written, unnormalized.
    if (joined.split('\\').some((part) => deviceNamePrefix(part) !== -1)) return joined.replace(/\//g, '\\');
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    const fromLower = fromOrig.toLowerCase();
    const toLower = toOrig.toLowerCase();
    if (fromLower === toLower) return '';
    // Compare by segments, ignoring case and the leading separators; with nothing in common
    // (another drive, server or top-level folder) there is no relative path: return `to`.
    const fromParts = fromOrig.split('\\').filter((seg) => seg.length > 0);
    const toParts = toOrig.split('\\').filter((seg) => seg.length > 0);
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common].toLowerCase() === toParts[common].toLowerCase()) common++;
    if (common === 0 && fromParts.length > 0 && toParts.length > 0) return toOrig;
    const up = [];
    for (let i = common; i < fromParts.length; i++) up.push('..');
    return up.concat(toParts.slice(common)).join('\\');
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const c = resolved.charCodeAt(2);
        if (c !== 63 && c !== 46) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const rootEnd = win32RootLength(path);
    if (rootEnd === len) return path;
    let end = -1;
    let sawName = false;
    for (let i = len - 1; i >= rootEnd; --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (sawName) {
          end = i;
          break;
        }
      } else {
        sawName = true;
      }
    }
    if (end === -1) return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = hasDrive(path) ? 2 : 0;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      return basenameWithSuffix(path, suffix, start, isWinSep);
    }
    let end = path.length;
    while (end > start && isWinSep(path.charCodeAt(end - 1))) end--;
    if (end === start) return '';
    let i = end - 1;
    while (i >= start && !isWinSep(path.charCodeAt(i))) i--;
    return path.slice(i + 1, end);
  },

  extname(path) {
    validateString(path, 'path');
    return extOf(win32.basename(path));
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    return formatPath('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const rootEnd = win32RootLength(path);
    ret.root = path.slice(0, rootEnd);
    if (rootEnd === len) {
      ret.dir = ret.root;
      return ret;
    }
    let end = len;
    while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
    if (end === rootEnd) {
      ret.dir = ret.root;
      return ret;
    }
    let sep = end - 1;
    while (sep >= rootEnd && !isWinSep(path.charCodeAt(sep))) sep--;
    ret.base = path.slice(sep + 1, end);
    ret.dir = sep >= rootEnd ? path.slice(0, sep) : ret.root;
    ret.ext = extOf(ret.base);
    ret.name = ret.base.slice(0, ret.base.length - ret.ext.length);
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },
};

// basename(path, suffix) as Node computes it: the suffix is matched against the end of the last
// name (ignoring trailing separators) and removed unless it is the whole name; when the name is
// shorter than the suffix, or the path is only separators, the path from the name's start is
// returned unchanged, trailing separators included.
function basenameWithSuffix(path, suffix, start, isSep) {
  if (suffix === path) return '';
  let nameEnd = -1; // just past the last name's last character
  let cut = -1; // where the suffix starts, once it has fully matched
  let matching = suffix.length - 1; // next suffix index to compare; -1 once decided
  let i = path.length - 1;
  for (; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (nameEnd !== -1) break;
      continue;
    }
    if (nameEnd === -1) nameEnd = i + 1;
    if (matching >= 0) {
      if (code === suffix.charCodeAt(matching)) {
        if (--matching === -1) cut = i;
      } else {
        matching = -1;
        cut = nameEnd;
      }
    }
  }
  const from = i >= start ? i + 1 : start;
  let end = cut;
  if (from === end) end = nameEnd;
  else if (end === -1) end = path.length;
  return path.slice(from, end);
}

// The extension of a base name: from its last '.', unless that dot starts the name.
function extOf(base) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

// ---- path.matchesGlob ----
//
// Glob semantics as Node's path.matchesGlob: '*', '?', '[...]' (with '!'/'^' negation, ranges and
// [:class:] names), '**' across segments, '{a,b}' and '{1..3}' alternatives, extglobs '+(..)',
// '*(..)', '?(..)', '@(..)', '!(..)'. A leading '!' or '#' is literal, backslashes in the pattern
// are separators, wildcards never match a leading '.' of a segment, and on win32 the path may
// use either slash.

const GLOBSTAR = Symbol('globstar');

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  const file = tidySegments(path.split(windows ? /[\\/]/ : '/'));
  if (pattern === '') return path === '';
  for (const alternative of expandBraces(pattern.replace(/\\/g, '/'))) {
    if (alternative === '') continue;
    const segments = tidySegments(alternative.split('/')).map(compileSegment);
    if (matchSegments(file, 0, segments, 0)) return true;
  }
  return false;
}

// Drops empty segments inside a path (keeping a leading and a trailing one) and folds 'x/..'.
function tidySegments(parts) {
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i];
    if (seg === '' && i !== 0 && i !== parts.length - 1) continue;
    if (seg === '..' && out.length > 0) {
      const prev = out[out.length - 1];
      if (prev !== '..' && prev !== '' && prev !== '.' && prev !== '**') {
        out.pop();
        continue;
      }
    }
    out.push(seg);
  }
  if (out.length === 0) out.push('');
  return out;
}

function isDotSegment(seg) {
  return seg.length > 0 && seg.charCodeAt(0) === 46;
}

function matchSegments(file, fi, pat, pi) {
  while (pi < pat.length && fi < file.length) {
    const p = pat[pi];
    if (p === GLOBSTAR) {
      if (pi === pat.length - 1) {
        // A trailing '**' takes the rest, unless it would take a dot segment.
        for (let k = fi; k < file.length; k++) if (isDotSegment(file[k])) return false;
        return true;
      }
      for (let k = fi; k < file.length; k++) {
        if (matchSegments(file, k, pat, pi + 1)) return true;
        if (isDotSegment(file[k])) break;
      }
      return false;
    }
    if (!p(file[fi])) return false;
    fi++;
    pi++;
  }
  if (pi === pat.length) {
    if (fi === file.length) return true;
    // 'a/b/' is matched by 'a/b'.
    return fi === file.length - 1 && file[fi] === '';
  }
  return false;
}

// One pattern segment -> a predicate on one path segment (or GLOBSTAR).
function compileSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  const { source, magic } = segmentRegExp(seg, 0, seg.length);
  if (!magic) return (s) => s === seg;
  // Wildcards do not match a leading dot nor an empty segment; a segment that starts with an
  // extglob is exempt, as in Node.
  const extglobFirst = '+*?@'.includes(seg[0]) && seg[1] === '(';
  let guard;
  if (extglobFirst) guard = '';
  else if (seg[0] === '!' && seg[1] === '(') guard = '(?!\\.)';
  else if (seg.charCodeAt(0) === 46) guard = '(?!\\.\\.?$)(?=.)';
  else guard = '(?!\\.)(?=.)';
  const re = new RegExp(`^${guard}${source}$`);
  return (s) => re.test(s);
}

function escapeRegExp(ch) {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

const posixClasses = {
  __proto__: null,
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: 'a-zA-Z0-9_',
  xdigit: 'A-Fa-f0-9',
};

// A '[...]' class starting at `i`: { source, end } or null when it is not a class.
function parseClass(seg, i) {
  let j = i + 1;
  let negate = false;
  if (seg[j] === '!' || seg[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let first = true;
  while (j < seg.length) {
    const ch = seg[j];
    if (ch === ']' && !first) {
      if (body === '') return null;
      return { source: negate ? `[^/${body}]` : `[${body}]`, end: j + 1 };
    }
    first = false;
    if (ch === '[' && seg[j + 1] === ':') {
      const close = seg.indexOf(':]', j + 2);
      if (close !== -1) {
        const name = seg.slice(j + 2, close);
        if (posixClasses[name] !== undefined) {
          body += posixClasses[name];
          j = close + 2;
          continue;
        }
      }
    }
    if (seg[j + 1] === '-' && j + 2 < seg.length && seg[j + 2] !== ']') {
      const from = seg[j];
      const to = seg[j + 2];
      if (from <= to) body += `${escapeClassChar(from)}-${escapeClassChar(to)}`;
      j += 3;
      continue;
    }
    body += escapeClassChar(ch);
    j++;
  }
  return null;
}

function escapeClassChar(ch) {
  return /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
}

// The closing ')' of an extglob group opened at `open`, and its '|'-separated alternatives.
function parseGroup(seg, open) {
  let depth = 0;
  const alts = [];
  let start = open + 1;
  for (let j = open; j < seg.length; j++) {
    const ch = seg[j];
    if (ch === '[') {
      const cls = parseClass(seg, j);
      if (cls !== null) {
        j = cls.end - 1;
        continue;
      }
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) {
        alts.push([start, j]);
        return { alts, end: j + 1 };
      }
    } else if (ch === '|' && depth === 1) {
      alts.push([start, j]);
      start = j + 1;
    }
  }
  return null;
}

// The regular expression source for seg[from, to); `magic` tells whether it has any wildcard.
function segmentRegExp(seg, from, to) {
  let source = '';
  let magic = false;
  for (let i = from; i < to;) {
    const ch = seg[i];
    if ('+*?@!'.includes(ch) && seg[i + 1] === '(') {
      const group = parseGroup(seg, i + 1);
      if (group !== null && group.end <= to) {
        const alts = group.alts.map(([a, b]) => segmentRegExp(seg, a, b).source).join('|');
        magic = true;
        switch (ch) {
          case '+': source += `(?:${alts})+`; break;
          case '*': source += `(?:${alts})*`; break;
          case '?': source += `(?:${alts})?`; break;
          case '@': source += `(?:${alts})`; break;
          default: {
            const rest = segmentRegExp(seg, group.end, to).source;
            source += `(?:(?!(?:${alts})${rest}$)[^/]*?)`;
          }
        }
        i = group.end;
        continue;
      }
    }
    if (ch === '*') {
      while (seg[i + 1] === '*' && seg[i + 2] !== '(') i++;
      source += '[^/]*?';
      magic = true;
    } else if (ch === '?') {
      source += '[^/]';
      magic = true;
    } else if (ch === '[') {
      const cls = parseClass(seg, i);
      if (cls !== null) {
        source += cls.source;
        magic = true;
        i = cls.end;
        continue;
      }
      source += '\\[';
    } else {
      source += escapeRegExp(ch);
    }
    i++;
  }
  return { source, magic };
}

// Expands '{a,b}' alternatives and '{x..y[..step]}' sequences, outermost-first.
function expandBraces(pattern) {
  const open = findBrace(pattern);
  if (open === null) return [pattern];
  const { start, end, items } = open;
  const before = pattern.slice(0, start);
  const after = pattern.slice(end + 1);
  const out = [];
  for (const item of items) {
    for (const expanded of expandBraces(before + item + after)) out.push(expanded);
  }
  return out;
}

// The first '{...}' that expands: { start, end, items } or null.
function findBrace(pattern) {
  for (let start = pattern.indexOf('{'); start !== -1; start = pattern.indexOf('{', start + 1)) {
    let depth = 0;
    const commas = [];
    let end = -1;
    for (let j = start; j < pattern.length; j++) {
      const ch = pattern[j];
      if (ch === '{') depth++;
      else if (ch === '}') {
        depth--;
        if (depth === 0) {
          end = j;
          break;
        }
      } else if (ch === ',' && depth === 1) {
        commas.push(j);
      }
    }
    if (end === -1) continue;
    const body = pattern.slice(start + 1, end);
    if (commas.length > 0) {
      const items = [];
      let from = start + 1;
      for (const c of commas) {
        items.push(pattern.slice(from, c));
        from = c + 1;
      }
      items.push(pattern.slice(from, end));
      return { start, end, items };
    }
    const seq = braceSequence(body);
    if (seq !== null) return { start, end, items: seq };
  }
  return null;
}

function braceSequence(body) {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (m !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    let step = m[3] === undefined ? 1 : Math.abs(Number(m[3])) || 1;
    const width = (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ? Math.max(m[1].length, m[2].length) : 0;
    const items = [];
    if (a > b) step = -step;
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) {
      let s = String(Math.abs(v));
      const sign = v < 0 ? '-' : '';
      while (sign.length + s.length < width) s = `0${s}`;
      items.push(sign + s);
    }
    return items;
  }
  m = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m !== null) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    let step = m[3] === undefined ? 1 : Math.abs(Number(m[3])) || 1;
    if (a > b) step = -step;
    const items = [];
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) items.push(String.fromCharCode(v));
    return items;
  }
  return null;
}


posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;

module.exports = posix;
