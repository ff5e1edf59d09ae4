'use strict';
// node:v8's statistics have Node's shapes and sane numbers; startupSnapshot outside a snapshot
// build; isStringOneByteRepresentation; argument errors.
const assert = require('assert');
const v8 = require('v8');

const heap = v8.getHeapStatistics();
for (const key of ['total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
  'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
  'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory']) {
  assert.strictEqual(typeof heap[key], 'number', key);
  assert.ok(heap[key] >= 0, key);
}
assert.ok(heap.used_heap_size > 0);
assert.ok(heap.used_heap_size <= heap.total_heap_size);
assert.ok(heap.total_heap_size <= heap.heap_size_limit);
assert.ok(heap.number_of_native_contexts >= 1);

// Some garbage later, the heap has moved.
const junk = [];
for (let i = 0; i < 1e5; i++) junk.push({ i });
assert.ok(v8.getHeapStatistics().used_heap_size > 0);

const spaces = v8.getHeapSpaceStatistics();
assert.ok(Array.isArray(spaces));
const names = spaces.map((s) => s.space_name);
for (const name of ['new_space', 'old_space', 'code_space']) assert.ok(names.includes(name), name);
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space),
    ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
  assert.ok(space.space_used_size <= space.space_size || space.space_size === 0, space.space_name);
}

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code).sort(),
  ['bytecode_and_metadata_size', 'code_and_metadata_size', 'cpu_profiler_metadata_size',
    'external_script_source_size']);

const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag >= 0 && tag < 2 ** 32);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
for (const fn of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  assert.throws(() => v8.startupSnapshot[fn](() => {}), {
    code: 'ERR_NOT_BUILDING_SNAPSHOT',
    message: 'Operation cannot be invoked when not building startup snapshot',
  });
}

assert.strictEqual(v8.isStringOneByteRepresentation('plain ascii'), true);
assert.strictEqual(v8.isStringOneByteRepresentation('caf\u00e9'), true);
assert.strictEqual(v8.isStringOneByteRepresentation('\u20ac'), false);
assert.throws(() => v8.isStringOneByteRepresentation(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "content" argument must be of type string. Received type number (1)',
});
assert.throws(() => v8.setFlagsFromString(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (1)',
});

// Without NODE_V8_COVERAGE, the coverage calls do nothing.
if (!process.env.NODE_V8_COVERAGE) {
  assert.strictEqual(v8.takeCoverage(), undefined);
  assert.strictEqual(v8.stopCoverage(), undefined);
}

// V8's thirteen spaces, by name.
assert.deepStrictEqual(spaces.map((s) => s.space_name).sort(), [
  'code_large_object_space', 'code_space', 'large_object_space', 'new_large_object_space',
  'new_space', 'old_space', 'read_only_space', 'shared_large_object_space', 'shared_space',
  'shared_trusted_large_object_space', 'shared_trusted_space', 'trusted_large_object_space',
  'trusted_space',
]);

// queryObjects checks its arguments first.
assert.throws(() => v8.queryObjects(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "constructor" argument must be of type function. Received type number (1)',
});
assert.throws(() => v8.queryObjects(() => {}, { format: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.format' is invalid. Received 'x'",
});
