'use strict';

// The clock of the performance timeline: milliseconds (with sub-millisecond precision) since the
// time origin, the moment the process started. process.hrtime() is monotonic; the origin is
// placed process.uptime() before the first reading, and timeOrigin is the wall-clock time then.

const hrtime = process.hrtime;

function hrMs() {
  const t = hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

const uptimeMs = process.uptime() * 1000;
const originHr = hrMs() - uptimeMs;
const timeOrigin = Date.now() - uptimeMs;

function now() {
  return hrMs() - originHr;
}

module.exports = { now, timeOrigin, hrMs };
