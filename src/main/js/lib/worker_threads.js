'use strict';

// node:worker_threads — jnode runs the main thread only for now. What a main thread can answer
// is answered (isMainThread, threadId, environment data, untransferable marks); creating a
// Worker or a MessageChannel throws ERR_NOT_IMPLEMENTED. Workers will be runtime instances on
// the shared Engine (see docs/architecture.md).

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function notImplemented(name) {
  return class {
    constructor() {
      throw new ERR_NOT_IMPLEMENTED(`worker_threads.${name}`);
    }
  };
}

const environmentData = new Map();
const untransferable = new WeakSet();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function markAsUntransferable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  return ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') && untransferable.has(obj);
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
  MessageChannel: notImplemented('MessageChannel'),
  MessagePort: notImplemented('MessagePort'),
  BroadcastChannel: notImplemented('BroadcastChannel'),
  getEnvironmentData,
  setEnvironmentData,
  markAsUntransferable,
  isMarkedAsUntransferable,
  markAsUncloneable: unsupported('markAsUncloneable'),
  moveMessagePortToContext: unsupported('moveMessagePortToContext'),
  receiveMessageOnPort: unsupported('receiveMessageOnPort'),
  postMessageToThread: unsupported('postMessageToThread'),
};
