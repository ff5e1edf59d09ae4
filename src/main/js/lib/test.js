'use strict';

// node:test — test/it, describe/suite, hooks, skip/todo/only/expectFailure, the mock tracker
// and the spec reporter. Tests run in this process; `run()` (running test files in child
// processes) and snapshots are not implemented yet.

const { getHarness } = require('internal/test_runner/harness');
const { MockTracker } = require('internal/test_runner/mock');
const { registerAssertion } = require('internal/test_runner/test');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function makeTestFn(create, overrides) {
  return function(name, options, fn) {
    return create(name, options, fn, overrides);
  };
}

function withVariants(create) {
  const fn = makeTestFn(create, {});
  fn.skip = makeTestFn(create, { skip: true });
  fn.todo = makeTestFn(create, { todo: true });
  fn.only = makeTestFn(create, { only: true });
  fn.expectFailure = makeTestFn(create, { expectFailure: true });
  return fn;
}

const createTest = (name, options, fn, overrides) => getHarness().createTest(name, options, fn, overrides);
const createSuite = (name, options, fn, overrides) => getHarness().createSuite(name, options, fn, overrides);

const test = withVariants(createTest);
const it = withVariants(createTest);
const describe = withVariants(createSuite);

function hook(kind) {
  return function(fn, options) {
    getHarness().addHook(kind, fn, options);
  };
}

function run() {
  throw new ERR_NOT_IMPLEMENTED('node:test run()');
}

function getTestContext() {
  const harness = getHarness();
  if (harness.suiteStack.length > 0) return harness.suiteStack[harness.suiteStack.length - 1].suiteContext;
  const leaf = harness.runningLeaf();
  if (leaf === null) return undefined;
  return leaf.isSuite ? leaf.suiteContext : leaf.context;
}

const snapshot = {
  setDefaultSnapshotSerializers() { throw new ERR_NOT_IMPLEMENTED('snapshot.setDefaultSnapshotSerializers()'); },
  setResolveSnapshotPath() { throw new ERR_NOT_IMPLEMENTED('snapshot.setResolveSnapshotPath()'); },
};

module.exports = test;
Object.assign(test, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  assert: { register: registerAssertion },
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe,
  getTestContext,
  it,
  mock: new MockTracker(),
  run,
  snapshot,
  suite: describe,
  test,
});
