'use strict';

// node:cluster: jnode runs no worker processes yet, so every process is the primary. Starting
// workers throws ERR_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = function Worker() {
  throw new ERR_NOT_IMPLEMENTED('cluster.Worker');
};
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = cluster.SCHED_RR;
cluster.setupPrimary = function setupPrimary() {
  throw new ERR_NOT_IMPLEMENTED('cluster.setupPrimary');
};
cluster.setupMaster = cluster.setupPrimary;
cluster.fork = function fork() {
  throw new ERR_NOT_IMPLEMENTED('cluster.fork');
};
cluster.disconnect = function disconnect(cb) {
  // no workers to disconnect
  if (typeof cb === 'function') process.nextTick(cb);
};

module.exports = cluster;
