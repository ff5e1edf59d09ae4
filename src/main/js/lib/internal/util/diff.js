'use strict';

// util.diff(): the shortest edit script between two strings (compared code unit by code
// unit) or two arrays of strings, found with Myers' O(ND) algorithm. Each entry is
// [op, value]: 0 for a value in both, 1 for one only in `actual`, -1 for one only in
// `expected`.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

function validateSequence(value, name) {
  if (typeof value === 'string') return;
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
  }
}

// Greedy forward search over diagonals k = x - y, keeping for each edit distance d a copy
// of the furthest x reached on every diagonal; the path is then walked back from the end.
function shortestEditScript(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const furthest = new Int32Array(2 * max + 3);
  const history = [];

  for (let d = 0; d <= max; d++) {
    // Only diagonals -d-1 .. d+1 can be read while walking back through round d.
    history.push(furthest.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && furthest[offset + k - 1] < furthest[offset + k + 1])) {
        x = furthest[offset + k + 1];  // step down: take from `expected`
      } else {
        x = furthest[offset + k - 1] + 1;  // step right: take from `actual`
      }
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= n && y >= m) return walkBack(a, b, history);
    }
  }
  return [];
}

function walkBack(a, b, history) {
  const result = [];
  let x = a.length;
  let y = b.length;
  for (let d = history.length - 1; d >= 0; d--) {
    const before = history[d];  // before[i] is diagonal i - d - 1
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && before[k - 1 + d + 1] < before[k + 1 + d + 1])) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = d === 0 ? 0 : before[prevK + d + 1];
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      result.push([0, a[x - 1]]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) result.push([-1, b[y - 1]]);
      else result.push([1, a[x - 1]]);
    }
    x = prevX;
    y = prevY;
  }
  return result.reverse();
}

function diff(actual, expected) {
  if (actual === expected) return [];
  validateSequence(actual, 'actual');
  validateSequence(expected, 'expected');
  if (actual.length === 0 && expected.length === 0) {
    // Node 26 fails this way for two distinct empty inputs; kept for compatibility.
    throw new TypeError('Cannot convert undefined or null to object');
  }
  return shortestEditScript(actual, expected);
}

module.exports = { diff };
