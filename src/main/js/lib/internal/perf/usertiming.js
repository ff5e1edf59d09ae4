'use strict';

// User timing (W3C User Timing Level 3): PerformanceMark, PerformanceMeasure, and the mark,
// measure, clearMarks and clearMeasures behind performance.*.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateObject, kValidateObjectAllowNullable } = require('internal/validators');
const { PerformanceEntry, kSkipThrow, makeEnumerable } = require('internal/perf/performance_entry');
const { bufferUserTiming, clearEntriesFromBuffer, enqueue, markBuffer } = require('internal/perf/observe');
const { now } = require('internal/perf/utils');

let structuredCloneFn;
function cloneDetail(detail) {
  if (detail == null) return null;
  if (structuredCloneFn === undefined) structuredCloneFn = require('internal/structured_clone').structuredClone;
  return structuredCloneFn(detail);
}

let DOMExceptionCtor;
function domException(message, name) {
  if (DOMExceptionCtor === undefined) DOMExceptionCtor = require('internal/per_context/domexception').DOMException;
  return new DOMExceptionCtor(message, name);
}

// The node timing milestones a measure may name instead of a mark (set by internal/perf/performance).
let nodeTimingMilestone = () => undefined;
function setNodeTimingLookup(fn) {
  nodeTimingMilestone = fn;
}

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') throw new ERR_INVALID_ARG_TYPE('startTime', 'number', startTime);
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  get detail() {
    if (typeof this !== 'object' || this === null || !(#detail in this)) {
      throw new ERR_INVALID_THIS('PerformanceMark');
    }
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }
}

let measureToken = false;

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined,
    duration = undefined, detail = undefined) {
    if (!measureToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, type, start, duration);
    this.#detail = detail;
  }

  get detail() {
    if (typeof this !== 'object' || this === null || !(#detail in this)) {
      throw new ERR_INVALID_THIS('PerformanceMeasure');
    }
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }
}

for (const C of [PerformanceMark, PerformanceMeasure]) {
  makeEnumerable(C.prototype, ['detail', 'toJSON']);
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    value: C.name, writable: false, enumerable: false, configurable: true,
  });
}

function mark(name, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// The time a mark name or timestamp stands for.
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  const milestone = nodeTimingMilestone(name);
  if (milestone !== undefined) return milestone;
  for (let i = markBuffer.length - 1; i >= 0; i--) {
    if (markBuffer[i].name === name) return markBuffer[i].startTime;
  }
  throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function calculateStartDuration(startOrMeasureOptions, endMark) {
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrMeasureOptions === 'object' && startOrMeasureOptions !== null) {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start === undefined && end === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }

  let endTime;
  if (endMark !== undefined) {
    endTime = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    endTime = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    endTime = getMark(start) + getMark(duration);
  } else {
    endTime = now();
  }

  let startTime;
  if (optionsValid && start !== undefined) {
    startTime = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    startTime = endTime - getMark(duration);
  } else if (typeof startOrMeasureOptions === 'string') {
    startTime = getMark(startOrMeasureOptions);
  } else {
    startTime = 0;
  }
  return { start: startTime, duration: endTime - startTime };
}

function measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  const { start, duration } = calculateStartDuration(startOrMeasureOptions, endMark);
  let detail = startOrMeasureOptions?.detail;
  detail = detail != null ? cloneDetail(detail) : null;
  measureToken = true;
  let entry;
  try {
    entry = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration, detail);
  } finally {
    measureToken = false;
  }
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarks(name = undefined) {
  clearEntriesFromBuffer('mark', name === undefined ? undefined : `${name}`);
}

function clearMeasures(name = undefined) {
  clearEntriesFromBuffer('measure', name === undefined ? undefined : `${name}`);
}

module.exports = {
  PerformanceMark,
  PerformanceMeasure,
  clearMarks,
  clearMeasures,
  mark,
  measure,
  setNodeTimingLookup,
};
