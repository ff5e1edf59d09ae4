'use strict';

// The Performance interface and the `performance` object: the clock (now, timeOrigin), user
// timing, the entry buffers, nodeTiming, and the parts jnode does not measure yet
// (eventLoopUtilization, resource timing marks), which throw ERR_NOT_IMPLEMENTED.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { EventTarget, defineEventHandler } = require('internal/event_target');
const { now, timeOrigin } = require('internal/perf/utils');
const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');
const {
  filterBufferMapByNameAndType,
  clearEntriesFromBuffer,
  setResourceTimingBufferSize,
} = require('internal/perf/observe');
const usertiming = require('internal/perf/usertiming');
const { timerify } = require('internal/perf/timerify');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// ---- nodeTiming ----

// Milestones of the process, in ms since timeOrigin; -1 when jnode does not record it (the loop
// start and exit are not reported to JS yet).
const milestones = {
  nodeStart: 0,
  v8Start: -1,
  environment: -1,
  bootstrapComplete: -1,
  loopStart: -1,
  loopExit: -1,
};

class PerformanceNodeTiming {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return milestones.nodeStart; }
  get v8Start() { return milestones.v8Start; }
  get environment() { return milestones.environment; }
  get bootstrapComplete() { return milestones.bootstrapComplete; }
  get loopStart() { return milestones.loopStart; }
  get loopExit() { return milestones.loopExit; }
  get idleTime() { return 0; }

  get uvMetricsInfo() {
    throw new ERR_NOT_IMPLEMENTED('performance.nodeTiming.uvMetricsInfo');
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
Object.setPrototypeOf(PerformanceNodeTiming, PerformanceEntry);

const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

usertiming.setNodeTimingLookup((name) => {
  if (Object.prototype.hasOwnProperty.call(milestones, name)) return milestones[name];
  return undefined;
});

// ---- Performance ----

let performanceToken = false;

function checkPerformance(value) {
  if (value !== performance && !(value instanceof Performance)) throw new ERR_INVALID_THIS('Performance');
}

class Performance extends EventTarget {
  constructor() {
    if (!performanceToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    usertiming.clearMarks(name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    usertiming.clearMeasures(name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
    clearEntriesFromBuffer('resource', name === undefined ? undefined : `${name}`);
  }

  getEntries() {
    checkPerformance(this);
    return filterBufferMapByNameAndType(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    const all = filterBufferMapByNameAndType(name, type);
    return all;
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterBufferMapByNameAndType(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    return Reflect.apply(usertiming.mark, undefined, arguments);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    return Reflect.apply(usertiming.measure, undefined, arguments);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    validateInteger(maxSize, 'maxSize', 0);
    setResourceTimingBufferSize(maxSize);
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming,
      timeOrigin,
    };
  }

  eventLoopUtilization(util1 = undefined, util2 = undefined) {
    checkPerformance(this);
    throw new ERR_NOT_IMPLEMENTED('performance.eventLoopUtilization()');
  }

  get nodeTiming() {
    checkPerformance(this);
    return nodeTiming;
  }

  markResourceTiming() {
    checkPerformance(this);
    throw new ERR_NOT_IMPLEMENTED('performance.markResourceTiming()');
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming, timeOrigin }, opts)}`;
  }
}

for (const name of Object.getOwnPropertyNames(Performance.prototype)) {
  if (name === 'constructor') continue;
  const d = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Performance.prototype, name, d);
}
// The same function as perf_hooks.timerify.
Object.defineProperty(Performance.prototype, 'timerify', {
  value: timerify, writable: true, enumerable: true, configurable: true,
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', writable: false, enumerable: false, configurable: true,
});

performanceToken = true;
const performance = new Performance();
performanceToken = false;

module.exports = {
  Performance,
  PerformanceNodeTiming,
  kSkipThrow,
  performance,
};
