'use strict';

// process.nextTick and queueMicrotask.
//
// GraalJS runs promise jobs when a call from Java into JS returns, and only then. So the tick
// queue is drained here, control goes back to Java (which runs the promise jobs), and the loop
// calls processTicksAndRejections again while ticks or unhandled rejections remain: the same
// "ticks, then microtasks, repeat, then rejections" order as Node.

const { validateFunction } = require('internal/validators');

let host; // the JsHost, given by the bootstrap
let queue = [];
let head = 0;
let tickScheduled = false;

function setHost(h) {
  host = h;
}

function setTickScheduled(value) {
  if (tickScheduled !== value) {
    tickScheduled = value;
    host.setTickPending(value);
  }
}

function hasTickScheduled() {
  return head < queue.length;
}

const asyncFrame = require('internal/async_context_frame');

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push({ callback, args, snapshot: asyncFrame.capture() });
  if (!tickScheduled) setTickScheduled(true);
}

// Every entry point from the loop ends with this: Node runs the tick queue before promise jobs,
// and the promise jobs run when the entry point returns to Java.
function runNextTicks() {
  if (head < queue.length) processTicksAndRejections();
}

let processPromiseRejections;

// Called by the loop after every callback while ticks or rejections are pending.
// The tick loop is inline so that a callback's stack shows it right below the callback, as
// Node's does ("at process.processTicksAndRejections": the loop calls it on an entry object
// whose constructor is the process constructor, see bootstrap/node.js).
function processTicksAndRejections() {
  if (head < queue.length) {
    try {
      while (head < queue.length) {
        const tock = queue[head];
        queue[head++] = undefined;
        if (head > 1024 && head * 2 > queue.length) {
          queue = queue.slice(head);
          head = 0;
        }
        const { callback, args, snapshot } = tock;
        if (snapshot !== undefined) asyncFrame.runInSnapshot(snapshot, callback, undefined, args);
        else if (args.length === 0) callback();
        else Reflect.apply(callback, undefined, args);
      }
      queue = [];
      head = 0;
    } finally {
      setTickScheduled(head < queue.length);
    }
    return; // promise jobs run when this returns to Java; then we are called again
  }
  if (processPromiseRejections === undefined) {
    processPromiseRejections = require('internal/process/promises').processPromiseRejections;
  }
  processPromiseRejections();
}

const resolved = Promise.resolve();
const promiseThen = Promise.prototype.then;
let fatalException;

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Reflect.apply(promiseThen, resolved, [() => {
    try {
      callback();
    } catch (err) {
      if (fatalException === undefined) fatalException = require('internal/process/execution').fatalException;
      fatalException(err);
    }
  }]);
}

module.exports = {
  hasTickScheduled,
  nextTick,
  processTicksAndRejections,
  queueMicrotask,
  runNextTicks,
  setHost,
};
