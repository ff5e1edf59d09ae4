'use strict';

// buffer.transcode(): re-encodes bytes between utf8, utf16le, latin1 and ascii the way Node's
// ICU-based converter does. Characters the target cannot hold become '?'; malformed input
// becomes U+FFFD, except where Node's converter refuses it (invalid UTF-8 to UTF-16LE, lone
// surrogates to UTF-8), which throws `Unable to transcode Buffer [U_INVALID_CHAR_FOUND]`.

const { FastBuffer, decode, encodeToBytes, encodings } = require('internal/buffer');

const supported = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function hasLoneSurrogate(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c & 0xf800) !== 0xd800) continue;
    if (c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    return true;
  }
  return false;
}

// One byte per code point: those at or above `limit` (and malformed ones) become '?'.
function narrow(s, limit) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      c = 0x10000;
    }
    out.push(c < limit && c !== 0xfffd ? c : 0x3f);
  }
  return Uint8Array.from(out);
}

function transcode(source, from, to) {
  if (!supported.has(from) || !supported.has(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const { isUtf8 } = require('buffer');

  let s;
  switch (from) {
    case 'latin1':
      s = decode(source, 0, source.length, encodings.LATIN1);
      break;
    case 'ascii':
      if (to === 'utf16le') {
        s = decode(source, 0, source.length, encodings.LATIN1);
      } else {
        const codes = [];
        for (let i = 0; i < source.length; i++) codes.push(source[i] < 0x80 ? source[i] : 0xfffd);
        s = String.fromCharCode(...codes);
      }
      break;
    case 'utf8':
      if (to === 'utf16le' && !isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      s = decode(source, 0, source.length, encodings.UTF8);
      break;
    default: // utf16le
      s = decode(source, 0, source.length & ~1, encodings.UCS2);
      if (to === 'utf8' && (s.length === 0 || hasLoneSurrogate(s))) {
        throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      }
      break;
  }

  let bytes;
  switch (to) {
    case 'utf8': bytes = encodeToBytes(s, encodings.UTF8); break;
    case 'utf16le': bytes = encodeToBytes(s, encodings.UCS2); break;
    case 'latin1': bytes = narrow(s, 0x100); break;
    default: bytes = narrow(s, 0x80); break;
  }
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

module.exports = { transcode };
