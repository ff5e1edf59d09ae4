'use strict';

// Timers and immediates. As in Node, they live in JS; the loop only knows the earliest deadline
// (scheduleTimer) and whether anything ref'd is waiting. Timers sit in a binary heap ordered by
// (expiry, creation sequence), so timers with equal deadlines run in the order they were made.
// The loop runs one callback per call from Java, so promise jobs and ticks run between callbacks.

const binding = internalBinding('timers');
const { validateFunction } = require('internal/validators');
const { runNextTicks } = require('internal/process/task_queues');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kDestroyed = Symbol('destroyed');

let nextId = 1;
let nextSeq = 0;

// ---- the heap ----

// Its bookkeeping (deadline, sequence, index in the heap, id) lives in private fields of Timeout,
// so util.inspect and for..in see only what Node's timers show, at no cost per timer; the heap
// functions are made inside the class body (its static block), which alone can read them.
const heap = [];
let heapInsert, heapRemove, heapIndexOf, expiryOf, arm, timerId, isTimeout;

let scheduledDeadline = -1;
let refedTimers = 0;
let timersRefState = true;

function reschedule() {
  const d = heap.length > 0 ? expiryOf(heap[0]) : -1;
  if (d !== scheduledDeadline) {
    scheduledDeadline = d;
    binding.scheduleTimer(d);
  }
}

function updateRefState() {
  const on = refedTimers > 0;
  if (on !== timersRefState) {
    timersRefState = on;
    binding.toggleTimerRef(on);
  }
}

// ---- Timeout ----

// The negative and NaN warnings are emitted once per process, the overflow one every time, as
// in Node 26.
const delayWarningsEmitted = new Set();
function warnDelay(type, text) {
  if (delayWarningsEmitted.has(type)) return;
  if (type !== 'TimeoutOverflowWarning') delayWarningsEmitted.add(type);
  process.emitWarning(`${text}\nTimeout duration was set to 1.`, type);
}

function coerceDelay(after) {
  const given = after;
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      warnDelay('TimeoutOverflowWarning', `${after} does not fit into a 32-bit signed integer.`);
    } else if (after < 0) {
      warnDelay('TimeoutNegativeWarning', `${after} is a negative number.`);
    } else if (Number.isNaN(after) && given !== undefined) {
      warnDelay('TimeoutNaNWarning', `${after} is not a number.`);
    }
    after = 1;
  }
  return after;
}

const asyncFrame = require('internal/async_context_frame');
const kSnapshot = Symbol('asyncContextSnapshot');

class Timeout {
  #expiry = 0;
  #seq = 0;
  #heapIndex = -1;
  #id = nextId++;

  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kSnapshot] = asyncFrame.capture();
  }

  refresh() {
    if (this._destroyed) return this;
    const inHeap = this.#heapIndex >= 0;
    if (inHeap) heapRemove(this);
    arm(this, binding.now());
    if (!inHeap && this[kRefed]) refedTimers++;
    updateRefState();
    reschedule();
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (this.#heapIndex >= 0) {
        refedTimers--;
        updateRefState();
      }
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (this.#heapIndex >= 0) {
        refedTimers++;
        updateRefState();
      }
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(this.#id, this);
    }
    return this.#id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  static {
    const less = (a, b) => a.#expiry < b.#expiry || (a.#expiry === b.#expiry && a.#seq < b.#seq);

    const siftUp = (i) => {
      const item = heap[i];
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!less(item, heap[parent])) break;
        heap[i] = heap[parent];
        heap[i].#heapIndex = i;
        i = parent;
      }
      heap[i] = item;
      item.#heapIndex = i;
    };

    const siftDown = (i) => {
      const item = heap[i];
      const n = heap.length;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && less(heap[child + 1], heap[child])) child++;
        if (!less(heap[child], item)) break;
        heap[i] = heap[child];
        heap[i].#heapIndex = i;
        i = child;
      }
      heap[i] = item;
      item.#heapIndex = i;
    };

    heapInsert = (t) => {
      t.#heapIndex = heap.length;
      heap.push(t);
      siftUp(heap.length - 1);
    };

    heapRemove = (t) => {
      const i = t.#heapIndex;
      if (i < 0) return;
      t.#heapIndex = -1;
      const last = heap.pop();
      if (i < heap.length) {
        heap[i] = last;
        last.#heapIndex = i;
        siftDown(i);
        siftUp(last.#heapIndex);
      }
    };

    arm = (timer, now) => {
      timer._idleStart = now;
      timer.#expiry = now + timer._idleTimeout;
      timer.#seq = nextSeq++;
      heapInsert(timer);
    };

    heapIndexOf = (t) => t.#heapIndex;
    expiryOf = (t) => t.#expiry;
    timerId = (t) => t.#id;
    isTimeout = (t) => #heapIndex in t;
  }
}

const knownTimersById = new Map();

function insertTimer(timer) {
  arm(timer, binding.now());
  if (timer[kRefed]) refedTimers++;
  updateRefState();
  reschedule();
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (isTimeout(timer) && heapIndexOf(timer) >= 0) {
    heapRemove(timer);
    if (timer[kRefed]) refedTimers--;
    updateRefState();
    reschedule();
  }
  if (timer[kHasPrimitive]) knownTimersById.delete(timerId(timer));
  timer._idleTimeout = -1;
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, args.length ? args : undefined, false, true);
  insertTimer(timeout);
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  insertTimer(timeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById.get(+timer);
    if (known !== undefined) {
      known._onTimeout = null;
      unenroll(known);
    }
  }
}

// Called by the loop in the timers phase. Runs at most one due callback: returns -2 after running
// one (call again), otherwise the next deadline, or -1 when no timer is left.
function processTimers(now) {
  while (heap.length > 0) {
    const timer = heap[0];
    if (expiryOf(timer) > now) {
      scheduledDeadline = expiryOf(timer);
      return scheduledDeadline;
    }
    heapRemove(timer);
    if (timer[kRefed]) refedTimers--;
    if (timer._destroyed || typeof timer._onTimeout !== 'function') continue;
    let threw = true;
    try {
      const args = timer._timerArgs;
      const snapshot = timer[kSnapshot];
      if (snapshot !== undefined) asyncFrame.runInSnapshot(snapshot, timer._onTimeout, timer, args || []);
      else if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
      threw = false;
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        arm(timer, binding.now());
        if (timer[kRefed]) refedTimers++;
      } else if (heapIndexOf(timer) < 0 && !timer._destroyed) {
        // a one-shot timer that was not refreshed by its callback is done
        timer._destroyed = true;
        if (timer[kHasPrimitive]) knownTimersById.delete(timerId(timer));
      }
      updateRefState();
      if (threw) reschedule();
    }
    runNextTicks();
    return -2;
  }
  scheduledDeadline = -1;
  updateRefState();
  return -1;
}

// ---- Immediate ----

let immediateQueue = [];
let runningQueue = null;
let runningIndex = 0;
let immediateCount = 0;
let immediateRefCount = 0;

// The loop only needs to know whether any immediate (and any ref'd one) is queued, so Java is
// told when one of those two facts flips, not on every setImmediate.
let publishedAny = false;
let publishedRefed = false;
function publishImmediateCounts() {
  const any = immediateCount > 0;
  const refed = immediateRefCount > 0;
  if (any !== publishedAny || refed !== publishedRefed) {
    publishedAny = any;
    publishedRefed = refed;
    binding.setImmediateCounts(immediateCount, immediateRefCount);
  }
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kSnapshot] = asyncFrame.capture();
    this[kRefed] = true;
    immediateCount++;
    immediateRefCount++;
    immediateQueue.push(this);
    publishImmediateCounts();
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      immediateRefCount++;
      publishImmediateCounts();
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      immediateRefCount--;
      publishImmediateCounts();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function finishImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  immediateCount--;
  if (immediate[kRefed]) immediateRefCount--;
  immediate[kRefed] = null;
  publishImmediateCounts();
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._onImmediate = null;
  finishImmediate(immediate);
}

// Called by the loop in the check phase. Runs the immediates queued before the phase began, one
// per call; returns true while more of them remain.
function processImmediates() {
  if (runningQueue === null) {
    runningQueue = immediateQueue;
    runningIndex = 0;
    immediateQueue = [];
  }
  while (runningIndex < runningQueue.length) {
    const immediate = runningQueue[runningIndex];
    runningQueue[runningIndex++] = undefined;
    if (immediate._destroyed) continue;
    const callback = immediate._onImmediate;
    const args = immediate._argv;
    finishImmediate(immediate);
    const snapshot = immediate[kSnapshot];
    if (snapshot !== undefined) asyncFrame.runInSnapshot(snapshot, callback, immediate, args || []);
    else if (args === undefined) callback();
    else Reflect.apply(callback, immediate, args);
    runNextTicks();
    if (runningIndex < runningQueue.length) return true;
    break;
  }
  runningQueue = null;
  return false;
}

module.exports = {
  Immediate,
  Timeout,
  TIMEOUT_MAX,
  clearImmediate,
  clearInterval: clearTimeout,
  clearTimeout,
  kRefed,
  processImmediates,
  processTimers,
  setImmediate,
  setInterval,
  setTimeout,
};
