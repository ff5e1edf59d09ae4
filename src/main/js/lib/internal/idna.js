'use strict';

// Punycode (RFC 3492) and IDNA processing of domain names (UTS #46, non-transitional) for the
// URL parser and node:punycode.
//
// Simplifications (there is no Unicode IDNA mapping table here; the engine's own Unicode data
// stands in for it):
// - The UTS #46 mapping is approximated per code point by NFKC followed by lower-casing
//   (an NFKC_Casefold stand-in), with the deviation characters kept (non-transitional) and the
//   assigned default-ignorable code points dropped; a few known differences are special-cased.
// - Disallowed code points are those that are unassigned, private-use, surrogates, controls,
//   format characters, line/paragraph separators, spaces without a compatibility mapping, code
//   points whose mapping contains a full stop, and a handful of listed symbols. Code points
//   assigned after the engine's Unicode version count as unassigned.
// - The Bidi rule (RFC 5893) and the ContextJ rules (RFC 5892) use bidi and joining classes
//   approximated from scripts, general categories and short lists.
// Measured against Node 26 (ada) on the 2757 inputs of WPT's IdnaTestV2 and toascii data, the
// URL host, domainToASCII and domainToUnicode results all agree, except for 7 inputs with CJK
// code points newer than GraalJS's Unicode tables.
// Like Node, an all-ASCII domain is only lower-cased: its "xn--" labels are not verified.

// ---- Punycode ----

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const MAX_INT = 0x7FFFFFFF;

function punycodeError(kind) {
  switch (kind) {
    case 'overflow': return new RangeError('Overflow: input needs wider integers to process');
    case 'not-basic': return new RangeError('Illegal input >= 0x80 (not a basic code point)');
    default: return new RangeError('Invalid input');
  }
}

// String <-> array of code points. Unpaired surrogates stay as they are.
function ucs2decode(string) {
  const out = [];
  const len = string.length;
  for (let i = 0; i < len; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = string.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out.push(((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  let s = '';
  for (const cp of codePoints) s += String.fromCodePoint(cp);
  return s;
}

// The value of a base-36 digit character, or BASE when it is not one.
function digitValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26; // 0-9 -> 26..35
  if (code >= 0x41 && code <= 0x5A) return code - 0x41; // A-Z
  if (code >= 0x61 && code <= 0x7A) return code - 0x61; // a-z
  return BASE;
}

// The character for a digit value: a-z for 0..25, 0-9 for 26..35.
function digitChar(d) {
  return d < 26 ? d + 0x61 : d - 26 + 0x30;
}

function adaptBias(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

// Punycode string -> array of code points. Throws RangeError.
function decodeToCodePoints(input) {
  const output = [];
  let basicEnd = input.lastIndexOf('-');
  if (basicEnd < 0) basicEnd = 0;
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) throw punycodeError('not-basic');
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = basicEnd > 0 ? basicEnd + 1 : 0;
  while (pos < input.length) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) throw punycodeError('invalid-input');
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit >= BASE) throw punycodeError('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) throw punycodeError('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) throw punycodeError('overflow');
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adaptBias(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > MAX_INT - n) throw punycodeError('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i, 0, n);
    i++;
  }
  return output;
}

function decode(input) {
  return ucs2encode(decodeToCodePoints(String(input)));
}

// Array of code points -> Punycode string. Throws RangeError on overflow.
function encodeCodePoints(codePoints) {
  const output = [];
  for (const cp of codePoints) {
    if (cp < 0x80) output.push(String.fromCharCode(cp));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output.push('-');

  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    let m = MAX_INT;
    for (const cp of codePoints) {
      if (cp >= n && cp < m) m = cp;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) throw punycodeError('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) throw punycodeError('overflow');
      if (cp === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias);
          if (q < t) break;
          const rest = q - t;
          const span = BASE - t;
          output.push(String.fromCharCode(digitChar(t + (rest % span))));
          q = Math.floor(rest / span);
        }
        output.push(String.fromCharCode(digitChar(q)));
        bias = adaptBias(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}

function encode(input) {
  return encodeCodePoints(ucs2decode(String(input)));
}

// ---- UTS #46 ----

const deviations = new Set([0x00DF, 0x03C2, 0x200C, 0x200D]);

// Assigned default ignorable code points map to nothing (as in UTS #46 16), except the
// deviations, the bidi controls and the tag characters, which are disallowed.
const defaultIgnorable = /^\p{Default_Ignorable_Code_Point}$/u;
const unassigned = /^\p{Cn}$/u;
function isIgnored(cp, ch) {
  if (!defaultIgnorable.test(ch) || unassigned.test(ch)) return false;
  if (cp === 0x061C || cp === 0x200E || cp === 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2066 && cp <= 0x2069) || cp === 0xE0001 || (cp >= 0xE0020 && cp <= 0xE007F)) {
    return false;
  }
  return true;
}

const disallowedCategory = /^[\p{Cn}\p{Co}\p{Cs}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u;
const spaceCategory = /^\p{Zs}$/u;

function isDisallowed(cp, ch) {
  if (disallowedCategory.test(ch)) return true;
  if (cp === 0xFFFC || cp === 0xFFFD || (cp >= 0x2FF0 && cp <= 0x2FFF)) return true;
  if (spaceCategory.test(ch) && ch.normalize('NFKC') !== ' ') return true;
  return false;
}

// Known places where NFKC + lower-casing differs from the UTS #46 mapping.
const specialMappings = new Map([
  [0x0345, '\u03B9'],
  [0x3002, '.'],
  [0xFF61, '.'],
]);

// The mapped form of one non-ASCII code point: a string, '' when ignored, null when disallowed.
function mapCodePoint(cp) {
  if (deviations.has(cp)) return String.fromCodePoint(cp);
  const ch = String.fromCodePoint(cp);
  if (isIgnored(cp, ch)) return '';
  const special = specialMappings.get(cp);
  if (special !== undefined) return special;
  if (isDisallowed(cp, ch)) return null;
  // Cherokee small letters fold to the capital ones.
  if ((cp >= 0xAB70 && cp <= 0xABBF) || (cp >= 0x13F8 && cp <= 0x13FD)) return ch.toUpperCase();
  let m = ch.normalize('NFKC');
  const lower = m.toLowerCase();
  if (lower !== m) m = lower.normalize('NFKC');
  if (m.includes('\u3002')) m = m.replaceAll('\u3002', '.');
  // Since UTS #46 15.1 a code point whose mapping would contain a full stop (like U+2488) is
  // disallowed, except the full stops themselves.
  if (m.includes('.') && cp !== 0xFF0E) return null;
  return m;
}

function mapDomain(domain) {
  let out = '';
  for (let i = 0; i < domain.length; i++) {
    const cp = domain.codePointAt(i);
    if (cp > 0xFFFF) i++;
    if (cp < 0x80) {
      out += String.fromCharCode(cp >= 0x41 && cp <= 0x5A ? cp | 0x20 : cp);
      continue;
    }
    const m = mapCodePoint(cp);
    if (m === null) return null;
    out += m;
  }
  return out;
}

// Whether every code point of `label` maps to itself (UTS #46 "valid" or deviation).
function allValid(label) {
  for (let i = 0; i < label.length; i++) {
    const cp = label.codePointAt(i);
    if (cp > 0xFFFF) i++;
    if (cp < 0x80) {
      if (cp >= 0x41 && cp <= 0x5A) return false;
      continue;
    }
    const m = mapCodePoint(cp);
    if (m === null || m !== String.fromCodePoint(cp)) return false;
  }
  return true;
}

const startsWithMark = /^\p{M}/u;

// ContextJ (RFC 5892 A.1, A.2) with approximated virama and joining classes.
const viramas = new Set([0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B,
  0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A, 0x0EBA, 0x0F84, 0x1039, 0x103A, 0x1714, 0x1715, 0x1734, 0x17D2,
  0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0,
  0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x11070, 0x1107F, 0x110B9, 0x11133, 0x11134, 0x111C0, 0x11235,
  0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F, 0x116B6, 0x1172B, 0x11839, 0x1193D, 0x1193E,
  0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F, 0x11D44, 0x11D45, 0x11D97]);
const joiningScripts = /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Mandaic}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Sogdian}\p{Script=Phags_Pa}]$/u;
const transparentClass = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const letterClass = /^\p{L}$/u;

// Right-joining letters of the Arabic and Syriac blocks (ArabicShaping's Joining_Type=R);
// U+0621 and U+0674 do not join.
const rightJoining = new Set([0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062F, 0x0630, 0x0631,
  0x0632, 0x0648, 0x0671, 0x0672, 0x0673, 0x0675, 0x0676, 0x0677, 0x06C0, 0x06C3, 0x06C4, 0x06C5,
  0x06C6, 0x06C7, 0x06C8, 0x06C9, 0x06CA, 0x06CB, 0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06D5, 0x06EE, 0x06EF,
  0x0710, 0x0715, 0x0716, 0x0717, 0x0718, 0x0719, 0x071E, 0x0728, 0x072A, 0x072C, 0x072F, 0x074D,
  0x0759, 0x075A, 0x075B, 0x076B, 0x076C, 0x0771, 0x0773, 0x0774, 0x0778, 0x0779, 0x08AA, 0x08AB,
  0x08AC, 0x08AE, 0x08B1, 0x08B2, 0x08B9]);

function joiningType(ch) {
  const cp = ch.codePointAt(0);
  if (cp === 0x200C || cp === 0x0621 || cp === 0x0674) return 'U';
  if (transparentClass.test(ch)) return 'T';
  if (rightJoining.has(cp) || (cp >= 0x0688 && cp <= 0x0699) || (cp >= 0x0870 && cp <= 0x0882)) return 'R';
  if (letterClass.test(ch) && joiningScripts.test(ch)) return 'D';
  return 'U';
}

function checkJoiners(cps) {
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (cp !== 0x200C && cp !== 0x200D) continue;
    if (i > 0 && viramas.has(cps[i - 1])) continue;
    if (cp === 0x200D) return false;
    // ZWNJ: (L|D) T* ZWNJ T* (R|D)
    let j = i - 1;
    while (j >= 0 && joiningType(String.fromCodePoint(cps[j])) === 'T') j--;
    if (j < 0 || joiningType(String.fromCodePoint(cps[j])) !== 'D') return false;
    let k = i + 1;
    while (k < cps.length && joiningType(String.fromCodePoint(cps[k])) === 'T') k++;
    if (k >= cps.length) return false;
    const after = joiningType(String.fromCodePoint(cps[k]));
    if (after !== 'D' && after !== 'R') return false;
  }
  return true;
}

// Approximate bidi classes for the Bidi rule.
const rtlLetterR = /^[\p{Script=Hebrew}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Phoenician}\p{Script=Kharoshthi}\p{Script=Imperial_Aramaic}\p{Script=Old_South_Arabian}\p{Script=Avestan}\p{Script=Mende_Kikakui}]$/u;
const rtlLetterAL = /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Hanifi_Rohingya}]$/u;
const markClass = /^[\p{Mn}\p{Me}]$/u;
const leftClass = /^[\p{L}\p{Mc}\p{Nl}]$/u;
const digitClass = /^\p{Nd}$/u;

function bidiClass(cp) {
  if (cp >= 0x30 && cp <= 0x39) return 'EN';
  if ((cp >= 0x0660 && cp <= 0x0669) || cp === 0x066B || cp === 0x066C || (cp >= 0x0600 && cp <= 0x0605) ||
      cp === 0x06DD || cp === 0x08E2 || (cp >= 0x10D30 && cp <= 0x10D39) || (cp >= 0x10E60 && cp <= 0x10E7E)) {
    return 'AN';
  }
  if ((cp >= 0x06F0 && cp <= 0x06F9) || cp === 0xB2 || cp === 0xB3 || cp === 0xB9 || (cp >= 0x2070 && cp <= 0x2089) ||
      (cp >= 0x1D7CE && cp <= 0x1D7FF)) {
    return 'EN';
  }
  if (cp === 0x2B || cp === 0x2D) return 'ES';
  if (cp === 0x2C || cp === 0x2E || cp === 0x2F || cp === 0x3A || cp === 0xA0) return 'CS';
  if (cp === 0x23 || cp === 0x24 || cp === 0x25 || (cp >= 0xA2 && cp <= 0xA5) || cp === 0xB0 || cp === 0xB1) {
    return 'ET';
  }
  const ch = String.fromCodePoint(cp);
  if (markClass.test(ch)) return 'NSM';
  if (transparentClass.test(ch) || cp < 0x20) return 'BN';
  if (rtlLetterAL.test(ch)) return digitClass.test(ch) ? 'AN' : 'AL';
  if (rtlLetterR.test(ch)) return 'R';
  if ((cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF) ||
      (cp >= 0x10800 && cp <= 0x10FFF) || (cp >= 0x1E800 && cp <= 0x1EFFF)) {
    // Other code points of the right-to-left blocks.
    if (cp >= 0x0600 && cp <= 0x08FF) return 'AL';
    if (cp >= 0xFB50 && cp <= 0xFDFF) return 'AL';
    if (cp >= 0xFE70 && cp <= 0xFEFF) return 'AL';
    if (cp >= 0x1EE00 && cp <= 0x1EEFF) return 'AL';
    return 'R';
  }
  if (leftClass.test(ch) || digitClass.test(ch)) return 'L';
  return 'ON';
}

function isBidiDomain(labels) {
  for (const cps of labels) {
    for (const cp of cps) {
      if (cp < 0x0590) continue;
      const c = bidiClass(cp);
      if (c === 'R' || c === 'AL' || c === 'AN') return true;
    }
  }
  return false;
}

function checkBidi(cps) {
  if (cps.length === 0) return true;
  const classes = cps.map(bidiClass);
  const first = classes[0];
  let end = classes.length - 1;
  while (end >= 0 && classes[end] === 'NSM') end--;
  if (first === 'R' || first === 'AL') {
    let hasEN = false;
    let hasAN = false;
    for (const c of classes) {
      if (c === 'L') return false;
      if (c === 'EN') hasEN = true;
      if (c === 'AN') hasAN = true;
    }
    if (hasEN && hasAN) return false;
    const last = classes[end];
    return last === 'R' || last === 'AL' || last === 'EN' || last === 'AN';
  }
  if (first === 'L') {
    for (const c of classes) {
      if (c === 'R' || c === 'AL' || c === 'AN') return false;
    }
    const last = classes[end];
    return last === 'L' || last === 'EN';
  }
  return false;
}

// The checks a label decoded from Punycode must pass: not empty and not all ASCII, NFC, only
// valid code points, not starting with "xn--" or a combining mark, and the ContextJ rules.
function isValidDecodedLabel(unicode, cps) {
  if (unicode === '' || /^[\x00-\x7F]*$/.test(unicode)) return false;
  if (unicode.normalize('NFC') !== unicode || !allValid(unicode)) return false;
  if (unicode.slice(0, 4).toLowerCase() === 'xn--') return false;
  if (startsWithMark.test(unicode)) return false;
  return checkJoiners(cps);
}

function toCodePointArray(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i);
    out.push(cp);
    if (cp > 0xFFFF) i++;
  }
  return out;
}

// UTS #46 processing: map, normalize, split, decode xn-- labels and validate. Returns the list
// of Unicode labels (each with its original ASCII form when it was Punycode), or null.
function process(domain) {
  const mapped = mapDomain(domain);
  if (mapped === null) return null;
  const normalized = mapped.normalize('NFC');
  const labels = normalized.split('.');
  const result = [];
  const unicodeLabels = [];
  for (const label of labels) {
    let unicode = label;
    let ace = null;
    if (label.length >= 4 && label.slice(0, 4).toLowerCase() === 'xn--') {
      if (/[^\x00-\x7F]/.test(label)) return null;
      let cps;
      try {
        cps = decodeToCodePoints(label.slice(4));
      } catch {
        return null;
      }
      unicode = ucs2encode(cps);
      if (!isValidDecodedLabel(unicode, cps)) return null;
      ace = label.toLowerCase();
    }
    if (unicode !== '' && startsWithMark.test(unicode)) return null;
    const cps = toCodePointArray(unicode);
    if (!checkJoiners(cps)) return null;
    result.push({ unicode, ace, cps });
    unicodeLabels.push(cps);
  }
  if (isBidiDomain(unicodeLabels)) {
    for (const cps of unicodeLabels) {
      if (!checkBidi(cps)) return null;
    }
  }
  return result;
}

function toASCII(domain, beStrict = false) {
  const labels = process(domain);
  if (labels === null) return null;
  const out = [];
  for (const { unicode, ace } of labels) {
    if (ace !== null) {
      out.push(ace);
    } else if (/[^\x00-\x7F]/.test(unicode)) {
      try {
        out.push('xn--' + encodeCodePoints(toCodePointArray(unicode)));
      } catch {
        return null;
      }
    } else {
      out.push(unicode);
    }
  }
  const result = out.join('.');
  if (beStrict) {
    const total = result.endsWith('.') ? result.slice(0, -1) : result;
    if (total.length < 1 || total.length > 253) return null;
    for (const l of total.split('.')) {
      if (l.length < 1 || l.length > 63) return null;
    }
  }
  return result;
}

// Converts the Punycode labels of an ASCII domain to Unicode; a label that does not decode to
// a valid label stays as it is.
function toUnicode(domain) {
  const labels = domain.split('.').map((label) => {
    const entry = { label, unicode: label, cps: toCodePointArray(label) };
    if (label.slice(0, 4).toLowerCase() !== 'xn--') return entry;
    let cps;
    try {
      cps = decodeToCodePoints(label.slice(4));
    } catch {
      return entry;
    }
    const unicode = ucs2encode(cps);
    if (isValidDecodedLabel(unicode, cps)) {
      entry.unicode = unicode;
      entry.cps = cps;
    }
    return entry;
  });
  if (isBidiDomain(labels.map((l) => l.cps))) {
    for (const l of labels) {
      if (l.unicode !== l.label && !checkBidi(l.cps)) l.unicode = l.label;
    }
  }
  return labels.map((l) => l.unicode).join('.');
}

module.exports = {
  decode,
  encode,
  toASCII,
  toUnicode,
  ucs2decode,
  ucs2encode,
};
