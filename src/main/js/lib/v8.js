'use strict';

// node:v8 — what jnode can say about its engine. The JavaScript heap is the JVM's heap, so the
// statistics are the JVM's (internalBinding('v8')), given Node's shapes and V8's space names for
// the JVM's spaces that correspond: new_space (young generation), old_space (old generation),
// code_space (compiled code); V8's other spaces are listed empty. What exists only in V8 (its serialization format, heap snapshots,
// flags, the C++ heap, promise hooks) throws ERR_NOT_IMPLEMENTED. jnode never builds a startup
// snapshot, so the startupSnapshot hooks throw what Node's throw outside of one.

const binding = internalBinding('v8');
const {
  validateFunction, validateInteger, validateObject, validateString,
} = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_NOT_BUILDING_SNAPSHOT, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

function notImplemented(what) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(what);
  };
}

function getHeapStatistics() {
  const [total, code, used, limit, malloced, peakMalloced, external, allocated] = binding.heapStatistics();
  return {
    total_heap_size: total,
    total_heap_size_executable: code,
    total_physical_size: total,
    total_available_size: limit - used,
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: malloced,
    peak_malloced_memory: peakMalloced,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
    total_allocated_bytes: allocated,
  };
}

// V8's spaces in V8's order. The binding measures the three the JVM has ([new, old, code], four
// numbers each); the others have no JVM counterpart and are empty, as read_only_space is in Node.
const spaceNames = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'trusted_space', 'shared_trusted_space', 'new_large_object_space', 'large_object_space',
  'code_large_object_space', 'shared_large_object_space', 'shared_trusted_large_object_space',
  'trusted_large_object_space'];
const measuredSpaces = ['new_space', 'old_space', 'code_space'];

function getHeapSpaceStatistics() {
  const n = binding.heapSpaceStatistics();
  return spaceNames.map((name) => {
    const i = measuredSpaces.indexOf(name);
    return {
      space_name: name,
      space_size: i < 0 ? 0 : n[i * 4],
      space_used_size: i < 0 ? 0 : n[i * 4 + 1],
      space_available_size: i < 0 ? 0 : n[i * 4 + 2],
      physical_space_size: i < 0 ? 0 : n[i * 4 + 3],
    };
  });
}

// jnode has no bytecode (GraalJS runs ASTs) and keeps no separate count of script sources.
function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: binding.codeUsed(),
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// A 32-bit tag that changes when the engine does (V8's changes with its version and flags).
let versionTag;
function cachedDataVersionTag() {
  if (versionTag === undefined) {
    const s = `${process.versions.graaljs}/${process.versions.jnode}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    versionTag = h >>> 0;
  }
  return versionTag;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  throw new ERR_NOT_IMPLEMENTED('v8.setFlagsFromString() (jnode has no V8 flags)');
}

// True when every code unit fits in one byte: the strings V8 stores one byte per character.
function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xff) return false;
  }
  return true;
}

// Without NODE_V8_COVERAGE these do nothing in Node either; with it, jnode cannot collect V8
// coverage.
function takeCoverage() {
  if (process.env.NODE_V8_COVERAGE) throw new ERR_NOT_IMPLEMENTED('V8 coverage (NODE_V8_COVERAGE)');
}
function stopCoverage() {
  if (process.env.NODE_V8_COVERAGE) throw new ERR_NOT_IMPLEMENTED('V8 coverage (NODE_V8_COVERAGE)');
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateInteger(limit, 'limit', 1);
  throw new ERR_NOT_IMPLEMENTED('v8.setHeapSnapshotNearHeapLimit()');
}

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  addSerializeCallback: notBuildingSnapshot,
  addDeserializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  isBuildingSnapshot() {
    return false;
  },
};

// V8's serialization format and the classes around it.
function unimplementedClass(name) {
  return class {
    constructor() {
      throw new ERR_NOT_IMPLEMENTED(`v8.${name}`);
    }
  };
}
const Serializer = unimplementedClass('Serializer');
const Deserializer = unimplementedClass('Deserializer');
class DefaultSerializer extends Serializer {}
class DefaultDeserializer extends Deserializer {}
const GCProfiler = unimplementedClass('GCProfiler');

const promiseHooks = {
  onInit: notImplemented('v8.promiseHooks'),
  onSettled: notImplemented('v8.promiseHooks'),
  onBefore: notImplemented('v8.promiseHooks'),
  onAfter: notImplemented('v8.promiseHooks'),
  createHook: notImplemented('v8.promiseHooks'),
};

function getCppHeapStatistics(detailLevel = 'detailed') {
  validateString(detailLevel, 'detailLevel');
  throw new ERR_NOT_IMPLEMENTED('v8.getCppHeapStatistics() (jnode has no C++ heap)');
}

function queryObjects(ctor, options = {}) {
  validateFunction(ctor, 'constructor');
  validateObject(options, 'options');
  const format = options.format ?? 'count';
  if (format !== 'count' && format !== 'summary') throw new ERR_INVALID_ARG_VALUE('options.format', format);
  throw new ERR_NOT_IMPLEMENTED('v8.queryObjects()');
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('v8.getHeapSnapshot()'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize: notImplemented('v8.deserialize()'),
  takeCoverage,
  stopCoverage,
  serialize: notImplemented('v8.serialize()'),
  writeHeapSnapshot: notImplemented('v8.writeHeapSnapshot()'),
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  setHeapProfileNearHeapLimit: notImplemented('v8.setHeapProfileNearHeapLimit()'),
  GCProfiler,
  isStringOneByteRepresentation,
  startCpuProfile: notImplemented('v8.startCpuProfile()'),
  startHeapProfile: notImplemented('v8.startHeapProfile()'),
};
