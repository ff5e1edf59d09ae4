'use strict';

// node:perf_hooks

const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { PerformanceEntry } = require('internal/perf/performance_entry');
const { PerformanceObserver, PerformanceObserverEntryList } = require('internal/perf/observe');
const { PerformanceMark, PerformanceMeasure } = require('internal/perf/usertiming');
const { Performance, performance } = require('internal/perf/performance');
const { timerify } = require('internal/perf/timerify');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', writable: false, enumerable: false, configurable: true,
});

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(name);
  };
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay: notImplemented('perf_hooks.monitorEventLoopDelay()'),
  eventLoopUtilization: (...args) => performance.eventLoopUtilization(...args),
  timerify,
  createHistogram: notImplemented('perf_hooks.createHistogram()'),
  createSlidingWindowHistogram: notImplemented('perf_hooks.createSlidingWindowHistogram()'),
  importHistogram: notImplemented('perf_hooks.importHistogram()'),
  performance,
  constants,
};
