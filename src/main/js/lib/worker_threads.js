'use strict';

// node:worker_threads — jnode runs the main thread only for now. What a main thread can answer
// is answered (isMainThread, threadId, environment data, untransferable marks, message ports
// and channels within this thread); creating a Worker throws ERR_NOT_IMPLEMENTED. Workers will
// be runtime instances on the shared Engine (see docs/architecture.md).

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function notImplemented(name) {
  return class {
    constructor() {
      throw new ERR_NOT_IMPLEMENTED(`worker_threads.${name}`);
    }
  };
}

const {
  BroadcastChannel, MessageChannel, MessagePort, moveMessagePortToContext, receiveMessageOnPort,
} = require('internal/worker/io');
const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/buffer');
const { markUncloneable } = require('internal/structured_clone');

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// Objects (not primitives) that structuredClone and postMessage must refuse.
function markAsUncloneable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') markUncloneable(obj);
}

function unsupported(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`worker_threads.${name}`);
  };
}

module.exports = {
  isMainThread: true,
  isInternalThread: false,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: notImplemented('Worker'),
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  getEnvironmentData,
  setEnvironmentData,
  markAsUntransferable,
  isMarkedAsUntransferable,
  markAsUncloneable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  postMessageToThread: unsupported('postMessageToThread'),
};
