'use strict';

// Finds, in the text of an ES module, what the loader rewrites before the engine parses it:
// the specifier strings of static `import`/`export … from` declarations, the `import(…)`
// calls, and whether `import.meta` is used. A tokenizer, not a parser: it knows strings,
// template literals (with nested `${}`), comments and regular-expression literals, which is
// what it takes to never mistake text inside them for code.

// After these tokens a `/` starts a regular expression rather than a division.
const regexAfterKeyword = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do',
  'else', 'yield', 'await', 'extends',
]);

function isIdStart(c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' ||
    c === '\\' || c > '\x7f';
}
function isIdPart(c) {
  return isIdStart(c) || (c >= '0' && c <= '9');
}

// Tokens: { type: 'id'|'str'|'num'|'punct'|'tmpl'|'regex', value, start, end }.
function tokenize(src) {
  const tokens = [];
  const braceStack = []; // for each open `{`: true when it opened a template substitution
  let i = 0;
  const n = src.length;
  let lastSignificant = null;

  const push = (type, value, start, end) => {
    const t = { type, value, start, end };
    tokens.push(t);
    lastSignificant = t;
    return t;
  };

  const regexAllowed = () => {
    const t = lastSignificant;
    if (t === null) return true;
    if (t.type === 'num' || t.type === 'str' || t.type === 'regex' || t.type === 'tmpl') return false;
    if (t.type === 'id') return regexAfterKeyword.has(t.value);
    return !(t.value === ')' || t.value === ']' || t.value === '}');
  };

  // Scans template characters from i (just after ` or }) to the closing ` or a `${`.
  const scanTemplate = (start) => {
    let j = i;
    while (j < n) {
      const c = src[j];
      if (c === '\\') { j += 2; continue; }
      if (c === '`') { i = j + 1; push('tmpl', null, start, i); return; }
      if (c === '$' && src[j + 1] === '{') {
        i = j + 2;
        push('tmpl', null, start, i);
        braceStack.push(true);
        return;
      }
      j++;
    }
    i = n;
  };

  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' ||
        c === '\u00a0' || c === '\ufeff' || c === '\u2028' || c === '\u2029') {
      i++;
      continue;
    }
    const start = i;
    if (c === '/' && src[i + 1] === '/') {
      const e = src.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    if (c === '#' && src[i + 1] === '!' && i === 0) {
      const e = src.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < n && src[j] !== c) {
        if (src[j] === '\\') {
          value += unescapeAt(src, j);
          j += escapeLength(src, j);
          continue;
        }
        if (src[j] === '\n') break;
        value += src[j];
        j++;
      }
      i = j + 1;
      push('str', value, start, i);
      continue;
    }
    if (c === '`') {
      i++;
      scanTemplate(start);
      continue;
    }
    if (c >= '0' && c <= '9' || (c === '.' && src[i + 1] >= '0' && src[i + 1] <= '9')) {
      let j = i + 1;
      while (j < n && /[0-9a-zA-Z_.]/.test(src[j])) {
        if ((src[j] === 'e' || src[j] === 'E') && (src[j + 1] === '+' || src[j + 1] === '-')) j++;
        j++;
      }
      i = j;
      push('num', src.slice(start, i), start, i);
      continue;
    }
    if (isIdStart(c) || c === '#') {
      let j = i + 1;
      while (j < n && isIdPart(src[j])) j++;
      i = j;
      push('id', src.slice(start, i), start, i);
      continue;
    }
    if (c === '/') {
      if (regexAllowed()) {
        let j = i + 1;
        let inClass = false;
        while (j < n) {
          const d = src[j];
          if (d === '\\') { j += 2; continue; }
          if (d === '\n') break;
          if (inClass) { if (d === ']') inClass = false; } else if (d === '[') inClass = true;
          else if (d === '/') break;
          j++;
        }
        j++;
        while (j < n && isIdPart(src[j])) j++;
        i = j;
        push('regex', null, start, i);
        continue;
      }
    }
    if (c === '{') {
      braceStack.push(false);
      i++;
      push('punct', '{', start, i);
      continue;
    }
    if (c === '}') {
      const isTemplate = braceStack.pop();
      i++;
      if (isTemplate) {
        scanTemplate(start);
      } else {
        push('punct', '}', start, i);
      }
      continue;
    }
    // Other punctuators: the longest of the usual ones (only a few matter to the scan).
    const three = src.slice(i, i + 3);
    if (three === '...' || three === '===' || three === '!==' || three === '**=' || three === '<<=' ||
        three === '>>=' || three === '>>>' || three === '&&=' || three === '||=' || three === '??=') {
      i += 3;
    } else {
      const two = src.slice(i, i + 2);
      if (['=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=',
        '%=', '&=', '|=', '^=', '**', '<<', '>>'].includes(two)) {
        i += 2;
      } else {
        i += 1;
      }
    }
    push('punct', src.slice(start, i), start, i);
  }
  return tokens;
}

function escapeLength(src, j) {
  const c = src[j + 1];
  if (c === 'x') return 4;
  if (c === 'u') {
    if (src[j + 2] === '{') return src.indexOf('}', j) - j + 1;
    return 6;
  }
  if (c === '\r' && src[j + 2] === '\n') return 3;
  return 2;
}

function unescapeAt(src, j) {
  const c = src[j + 1];
  switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'v': return '\v';
    case '0': return '\0';
    case '\n': case '\r': return '';
    case 'x': return String.fromCharCode(parseInt(src.slice(j + 2, j + 4), 16));
    case 'u': {
      if (src[j + 2] === '{') {
        const e = src.indexOf('}', j);
        return String.fromCodePoint(parseInt(src.slice(j + 3, e), 16));
      }
      return String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
    }
    default: return c;
  }
}

// The rewrite points of a module:
//   specifiers: [{ start, end, value }]   string literals of static imports/re-exports
//   dynamicImports: [{ argStart, argEnd }] the first argument of each import(…) call
//   usesImportMeta: boolean
function scanModule(src) {
  const tokens = tokenize(src);
  const specifiers = [];
  const dynamicImports = [];
  let usesImportMeta = false;
  // Open parentheses: the dynamic import each belongs to (or null).
  const parens = [];

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type === 'punct') {
      if (t.value === '(' || t.value === '[' || t.value === '{') {
        parens.push(null);
      } else if (t.value === ')' || t.value === ']' || t.value === '}') {
        const owner = parens.pop();
        if (owner && owner.argEnd === undefined) owner.argEnd = t.start;
      } else if (t.value === ',') {
        const owner = parens[parens.length - 1];
        if (owner && owner.argEnd === undefined) owner.argEnd = t.start;
      }
      continue;
    }
    if (t.type !== 'id') continue;
    const prev = tokens[k - 1];
    const isMember = prev !== undefined && prev.type === 'punct' && (prev.value === '.' || prev.value === '?.');
    if (isMember) continue;
    if (t.value === 'import') {
      const next = tokens[k + 1];
      if (next === undefined) continue;
      if (next.type === 'punct' && next.value === '(') {
        const entry = { argStart: next.end, argEnd: undefined };
        dynamicImports.push(entry);
        parens.push(entry);
        k++;
        continue;
      }
      if (next.type === 'punct' && next.value === '.') {
        if (tokens[k + 2] && tokens[k + 2].value === 'meta') usesImportMeta = true;
        continue;
      }
      // Static import: `import 'x'` or `import … from 'x'`.
      if (next.type === 'str') {
        specifiers.push({ start: next.start, end: next.end, value: next.value });
        k++;
        continue;
      }
      const from = findFrom(tokens, k + 1);
      if (from !== -1) {
        const s = tokens[from + 1];
        specifiers.push({ start: s.start, end: s.end, value: s.value });
        k = from + 1;
      }
      continue;
    }
    if (t.value === 'export') {
      const next = tokens[k + 1];
      if (next === undefined || next.type !== 'punct' || (next.value !== '*' && next.value !== '{')) continue;
      let j = k + 1;
      if (next.value === '{') {
        let depth = 0;
        for (; j < tokens.length; j++) {
          if (tokens[j].value === '{' && tokens[j].type === 'punct') depth++;
          else if (tokens[j].value === '}' && tokens[j].type === 'punct' && --depth === 0) break;
        }
        j++;
      } else {
        j++;
        if (tokens[j] && tokens[j].value === 'as') j += 2;
      }
      const f = tokens[j];
      const s = tokens[j + 1];
      if (f && f.type === 'id' && f.value === 'from' && s && s.type === 'str') {
        specifiers.push({ start: s.start, end: s.end, value: s.value });
        k = j + 1;
      } else {
        k = j - 1;
      }
    }
  }
  return { specifiers, dynamicImports: dynamicImports.filter((d) => d.argEnd !== undefined), usesImportMeta };
}

// The index of `from` (followed by a string) ending an import clause starting at k, or -1.
function findFrom(tokens, k) {
  for (let j = k; j < tokens.length && j < k + 4096; j++) {
    const t = tokens[j];
    if (t.type === 'id' && t.value === 'from' && tokens[j + 1] && tokens[j + 1].type === 'str') return j;
    if (t.type === 'punct' && (t.value === ';' || t.value === '(' || t.value === '=')) return -1;
    if (t.type === 'str') return -1;
  }
  return -1;
}

module.exports = { scanModule, tokenize };
