'use strict';

// The async context frame: which store each AsyncLocalStorage has in the code running now, and
// how that follows the program from where an asynchronous operation starts to where its callback
// runs (Node 24+ builds AsyncLocalStorage the same way, on "AsyncContextFrame").
//
// The engine's AsyncContext carries one Variable across promise jobs and awaits by itself. Its
// value is a cell holding the frame, an immutable Map from AsyncLocalStorage to store: run()
// enters a new cell with a copy of the frame; enterWith() replaces the frame in the current cell.
// Node's own asynchronous APIs (timers, nextTick, fs, AsyncResource) capture a Snapshot when the
// operation starts and run the callback inside it, in a fresh cell so that an enterWith() there
// does not leak back. Until the first AsyncLocalStorage exists nothing is captured.

const { Variable, Snapshot } = internalBinding('jnode_async_context');

const emptyFrame = new Map();
const rootCell = { frame: emptyFrame };
const frameVariable = new Variable({ name: 'node:async-context-frame', defaultValue: rootCell });

let enabled = false;

function enable() {
  enabled = true;
}

function currentFrame() {
  return frameVariable.get().frame;
}

// Runs fn(...args) with `storage` set to `store` in a copy of the current frame.
function runWith(storage, store, fn, args) {
  const frame = new Map(currentFrame());
  frame.set(storage, store);
  return frameVariable.run({ frame }, fn, ...args);
}

function enterWith(storage, store) {
  const cell = frameVariable.get();
  const frame = new Map(cell.frame);
  frame.set(storage, store);
  cell.frame = frame;
}

// The snapshot to run a later callback in; undefined while no AsyncLocalStorage exists.
function capture() {
  return enabled ? new Snapshot() : undefined;
}

function enterFreshCell(fn, thisArg, args) {
  return frameVariable.run({ frame: currentFrame() }, () => Reflect.apply(fn, thisArg, args));
}

// Calls fn with `thisArg` and `args` inside `snapshot` (as captured by capture()).
function runInSnapshot(snapshot, fn, thisArg, args) {
  if (snapshot === undefined) return Reflect.apply(fn, thisArg, args);
  return snapshot.run(enterFreshCell, fn, thisArg, args);
}

// fn itself while no AsyncLocalStorage exists; otherwise fn bound to `snapshot` (a handle's
// creation context, for its I/O callbacks).
function inSnapshot(snapshot, fn) {
  if (snapshot === undefined || typeof fn !== 'function') return fn;
  return function inContext(...args) {
    return snapshot.run(enterFreshCell, fn, this, args);
  };
}

// Where a socket handle keeps the context its I/O callbacks run in (set at creation; an HTTP
// agent resets it to the new request's context when it reuses a kept-alive socket).
const kHandleSnapshot = Symbol('asyncContextSnapshot');

function resetHandleContext(handle) {
  if (handle != null && enabled) handle[kHandleSnapshot] = new Snapshot();
}

// Wraps fn so that it always runs in the context current now.
function bindToCurrent(fn) {
  const snapshot = new Snapshot();
  return function bound(...args) {
    return snapshot.run(enterFreshCell, fn, this, args);
  };
}

module.exports = {
  bindToCurrent, capture, currentFrame, enable, enterWith, inSnapshot, kHandleSnapshot,
  resetHandleContext, runInSnapshot, runWith,
};
