'use strict';
// perf_hooks: performance.now/timeOrigin, marks, measures, the entry buffers, PerformanceObserver
// and timerify.
const assert = require('assert');
const {
  performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  PerformanceObserverEntryList, timerify,
} = require('perf_hooks');

assert.strictEqual(globalThis.performance, performance);
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.ok(performance instanceof EventTarget);
{
  const t1 = performance.now();
  const t2 = performance.now();
  assert.ok(t1 > 0 && t2 >= t1);
  // (wall clock and monotonic clock may drift apart a little)
  assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
  assert.strictEqual(typeof performance.toJSON().timeOrigin, 'number');
}

assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
for (const C of [PerformanceMark, PerformanceMeasure]) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(C.prototype, Symbol.toStringTag),
                         { configurable: true, enumerable: false, writable: false, value: C.name });
}

// marks
for (const name of [undefined, 'a', 1, true]) {
  const m = performance.mark(name);
  assert.ok(m instanceof PerformanceMark && m instanceof PerformanceEntry);
  assert.strictEqual(m.name, `${name}`);
  assert.strictEqual(m.entryType, 'mark');
  assert.strictEqual(m.duration, 0);
  assert.strictEqual(m.detail, null);
}
performance.clearMarks();
assert.deepStrictEqual(performance.getEntries(), []);
assert.throws(() => performance.mark(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.mark(Symbol('a')), TypeError);
assert.throws(() => performance.mark('a', { startTime: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('a', { startTime: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
{
  const detail = { x: [1] };
  const m = performance.mark('d', { detail });
  assert.deepStrictEqual(m.detail, detail);
  assert.notStrictEqual(m.detail, detail);
  assert.deepStrictEqual(m.toJSON(), { name: 'd', entryType: 'mark', startTime: m.startTime, duration: 0, detail });
  assert.strictEqual(new PerformanceMark('standalone', { startTime: 3 }).startTime, 3);
  assert.deepStrictEqual(performance.getEntriesByName('standalone'), []);
}

// measures
{
  performance.mark('A', { startTime: 0 });
  performance.mark('B', { startTime: 10 });
  const m = performance.measure('A to B', 'A', 'B');
  assert.strictEqual(m.entryType, 'measure');
  assert.strictEqual(m.startTime, 0);
  assert.strictEqual(m.duration, 10);
  assert.strictEqual(m.detail, null);
  assert.strictEqual(performance.measure('x', { end: 'B', duration: 4 }).startTime, 6);
  assert.strictEqual(performance.measure('x', { start: 'B', duration: 4 }).duration, 4);
  assert.ok(performance.measure('since A', 'A').duration > 0);
  assert.deepStrictEqual(performance.measure('d', { start: 'A', detail: { k: 1 } }).detail, { k: 1 });
  assert.throws(() => performance.measure('x', 'nope'), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'SyntaxError');
    assert.strictEqual(err.message, 'The "nope" performance mark has not been set');
    return true;
  });
  assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }), {
    code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
    message: 'Must not have options.start, options.end, and options.duration specified',
  });
  assert.throws(() => performance.measure('x', { start: 'A' }, 'B'), {
    code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'endMark must not be specified',
  });
  assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS' });

  const names = performance.getEntriesByType('measure').map((e) => e.name);
  assert.deepStrictEqual(names.sort(), ['A to B', 'd', 'since A', 'x', 'x']);
  assert.strictEqual(performance.getEntriesByName('x', 'measure').length, 2);
  assert.strictEqual(performance.getEntriesByName('x', 'mark').length, 0);
  const all = performance.getEntries();
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].startTime <= all[i].startTime);
  performance.clearMeasures('x');
  assert.strictEqual(performance.getEntriesByName('x').length, 0);
  performance.clearMeasures();
  performance.clearMarks();
}

// observers are called later, from an immediate, with the entries gathered meanwhile
{
  const log = [];
  const obs = new PerformanceObserver((list, observer) => {
    assert.strictEqual(observer, obs);
    assert.ok(list instanceof PerformanceObserverEntryList);
    log.push(list.getEntries().map((e) => `${e.entryType}:${e.name}`).join());
    assert.strictEqual(list.getEntriesByType('mark').length, 2);
    assert.strictEqual(list.getEntriesByName('m1').length, 1);
    observer.disconnect();
  });
  obs.observe({ entryTypes: ['mark', 'measure'] });
  performance.mark('m1');
  performance.mark('m2');
  performance.measure('m1 to m2', 'm1', 'm2');
  assert.deepStrictEqual(log, []);
  assert.throws(() => obs.observe({ type: 'mark' }), { name: 'InvalidModificationError' });
  assert.throws(() => obs.observe({}), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => new PerformanceObserver(1), { code: 'ERR_INVALID_ARG_TYPE' });
  setImmediate(() => {
    // entries come sorted by startTime: the measure starts at m1
    assert.deepStrictEqual(log, ['mark:m1,measure:m1 to m2,mark:m2']);
  });

  const buffered = new PerformanceObserver((list) => {
    assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['m1', 'm2']);
    buffered.disconnect();
  });
  buffered.observe({ type: 'mark', buffered: true });
  assert.ok(PerformanceObserver.supportedEntryTypes.includes('mark'));
}

// timerify
{
  assert.strictEqual(performance.timerify, timerify);
  assert.throws(() => timerify(1), { code: 'ERR_INVALID_ARG_TYPE' });
  const fn = timerify(function double(a) { return a * 2; });
  assert.strictEqual(fn.name, 'timerified double');
  assert.strictEqual(fn.length, 1);
  const obs = new PerformanceObserver((list) => {
    const [entry] = list.getEntries();
    assert.strictEqual(entry.name, 'double');
    assert.strictEqual(entry.entryType, 'function');
    assert.strictEqual(entry[0], 21);
    obs.disconnect();
  });
  obs.observe({ entryTypes: ['function'] });
  assert.strictEqual(fn(21), 42);
}
