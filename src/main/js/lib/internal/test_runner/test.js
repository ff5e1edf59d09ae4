'use strict';

// The tests of node:test. A Test runs its function, then its subtests one after another (the
// default concurrency of 1); a Suite (describe) collects its children while its body runs and
// runs them afterwards. Hooks: before/after run once around a test's or suite's children,
// beforeEach/afterEach around every test below the one that registered them.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TEST_FAILURE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateObject, validateNumber, validateFunction } = require('internal/validators');
const { MockTracker } = require('internal/test_runner/mock');

const kCancelledByParent = 'cancelledByParent';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kExpectedFailure = 'expectedFailure';

let assertModule;
function lazyAssert() {
  if (assertModule === undefined) assertModule = require('assert');
  return assertModule;
}

const assertionNames = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal', 'fail',
  'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok',
];

// Assertions added with test.assert.register(name, fn); t.assert gets them too.
const customAssertions = new Map();
function registerAssertion(name, fn) {
  validateFunction(fn, 'fn');
  customAssertions.set(String(name), fn);
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// Where test()/it()/describe() was called: "file:line:col" of the first frame outside core.
function callSite() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  Error.captureStackTrace(holder, callSite);
  Error.stackTraceLimit = limit;
  const lines = String(holder.stack).split('\n').slice(1);
  for (const line of lines) {
    const m = /(?:\(|at )((?:\/|file:\/\/)[^()]*):(\d+):(\d+)\)?\s*$/.exec(line);
    if (m && !m[1].startsWith('node:') && !m[1].includes('/internal/test_runner/') &&
        !m[1].endsWith('/lib/test.js')) {
      return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
    }
  }
  return undefined;
}

// test(name?, options?, fn?) argument shuffling, as Node does it.
function parseTestArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = undefined;
    options = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = undefined;
  }
  if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  if (fn !== undefined && typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
  }
  if (name === undefined || name === null || name === '') {
    name = fn && fn.name ? fn.name : '<anonymous>';
  }
  return { name: String(name), options, fn };
}

class TestContext {
  #test;
  constructor(test) { this.#test = test; }

  get name() { return this.#test.name; }
  get fullName() { return this.#test.fullName(); }
  get filePath() { return this.#test.loc ? this.#test.loc.file : undefined; }
  get signal() { return this.#test.abortController.signal; }
  get mock() { return this.#test.mockTracker(); }
  get assert() { return this.#test.assertObject(); }
  get passed() { return this.#test.passed; }
  get error() { return this.#test.error; }
  get attempt() { return 0; }

  diagnostic(message) { this.#test.diagnostics.push(String(message)); }

  plan(count, options = {}) {
    validateNumber(count, 'count', 0);
    validateObject(options, 'options');
    if (this.#test.planned !== undefined) {
      throw new ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    }
    this.#test.planned = count;
  }

  runOnly(value) { this.#test.runOnlySubtests = Boolean(value); }

  skip(message) {
    this.#test.skipped = true;
    this.#test.skipMessage = message;
  }

  todo(message) {
    this.#test.isTodo = true;
    this.#test.todoMessage = message;
  }

  test(name, options, fn) {
    const args = parseTestArgs(name, options, fn);
    this.#test.countAssertion();
    const child = new Test(args.name, args.options, args.fn, this.#test, callSite());
    return this.#test.addSubtest(child);
  }

  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }

  async waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    const deadline = Date.now() + timeout;
    let lastError;
    for (;;) {
      try {
        return await condition();
      } catch (err) {
        lastError = err;
      }
      if (Date.now() >= deadline) {
        const err = new ERR_TEST_FAILURE('waitFor() timed out', kTestTimeoutFailure);
        err.cause = lastError;
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

class SuiteContext {
  #suite;
  constructor(suite) { this.#suite = suite; }
  get name() { return this.#suite.name; }
  get fullName() { return this.#suite.fullName(); }
  get filePath() { return this.#suite.loc ? this.#suite.loc.file : undefined; }
  get signal() { return this.#suite.abortController.signal; }
}

class Test {
  constructor(name, options, fn, parent, loc) {
    this.name = name;
    this.fn = fn;
    this.parent = parent;
    this.loc = loc;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.isSuite = false;
    this.subtests = [];
    this.queue = [];
    this.draining = null;
    this.beforeHooksRan = false;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.abortController = new AbortController();
    this.error = null;
    this.passed = false;
    this.finished = false;
    this.started = false;
    this.cancelled = false;
    this.duration = 0;
    this.assertions = 0;
    this.planned = options.plan;
    this.timeout = options.timeout === undefined ? (parent ? parent.timeout : Infinity) : options.timeout;
    if (this.timeout !== Infinity) validateNumber(this.timeout, 'options.timeout', 0);
    this.skipped = Boolean(options.skip);
    this.skipMessage = typeof options.skip === 'string' ? options.skip : undefined;
    this.isTodo = !this.skipped && Boolean(options.todo);
    this.todoMessage = typeof options.todo === 'string' ? options.todo : undefined;
    this.expectFailure = this.skipped || this.isTodo ? undefined : options.expectFailure;
    if (this.expectFailure === false) this.expectFailure = undefined;
    this.only = Boolean(options.only);
    if (options.signal !== undefined) {
      const signal = options.signal;
      if (signal.aborted) this.cancelWith(signal.reason);
      else signal.addEventListener('abort', () => this.cancelWith(signal.reason), { once: true });
    }
    this.mocks = undefined;
    this.asserts = undefined;
    this.context = new TestContext(this);
    this.donePromise = new Promise((resolve) => { this.resolveDone = resolve; });
    this.harness = parent ? parent.harness : undefined;
  }

  fullName() {
    const names = [];
    for (let t = this; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  mockTracker() {
    if (this.mocks === undefined) this.mocks = new MockTracker();
    return this.mocks;
  }

  countAssertion() { this.assertions++; }

  assertObject() {
    if (this.asserts === undefined) {
      const assert = lazyAssert();
      const obj = {};
      for (const name of assertionNames) {
        const fn = assert[name];
        obj[name] = (...args) => {
          this.countAssertion();
          return Reflect.apply(fn, assert, args);
        };
      }
      for (const [name, fn] of customAssertions) {
        obj[name] = (...args) => {
          this.countAssertion();
          return Reflect.apply(fn, obj, args);
        };
      }
      obj.snapshot = () => { throw new ERR_NOT_IMPLEMENTED('t.assert.snapshot()'); };
      obj.fileSnapshot = () => { throw new ERR_NOT_IMPLEMENTED('t.assert.fileSnapshot()'); };
      this.asserts = obj;
    }
    return this.asserts;
  }

  addHook(kind, fn, options = {}) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    this.hooks[kind].push({ fn, timeout: options.timeout === undefined ? Infinity : options.timeout, loc: callSite() });
  }

  cancelWith(reason) {
    if (this.finished || this.cancelled) return;
    this.cancelled = true;
    if (this.error === null) {
      this.error = new ERR_TEST_FAILURE(reason === undefined ? 'The test was aborted' : reason, kCancelledByParent);
    }
  }

  // Queue a child; it starts once the ones before it have finished. Resolves when it finished.
  addSubtest(child) {
    this.subtests.push(child);
    if (this.finished) {
      child.error = new ERR_TEST_FAILURE('test could not be started because its parent finished', 'parentAlreadyFinished');
      child.finishWithoutRunning();
      this.harness.reportLate(child);
      return child.donePromise;
    }
    this.queue.push(child);
    if (this.started && this.draining === null) this.drain();
    return child.donePromise;
  }

  drain() {
    if (this.draining === null) {
      this.draining = (async () => {
        if (!this.beforeHooksRan) {
          this.beforeHooksRan = true;
          try {
            await this.runHooks(this.hooks.before, this.isSuite ? this.suiteContext : this.context);
          } catch (err) {
            this.fail(err, kHookFailure);
            for (const child of this.queue) child.cancelWith(err);
          }
        }
        while (this.queue.length > 0) {
          const child = this.queue.shift();
          await child.run();
        }
        this.draining = null;
      })();
    }
    return this.draining;
  }

  async waitForSubtests() {
    while (this.queue.length > 0 || this.draining !== null) await this.drain();
  }

  finishWithoutRunning() {
    this.finished = true;
    this.resolveDone();
  }

  // Hooks registered on the ancestors (outermost first for beforeEach, innermost first for
  // afterEach), as Node runs them.
  eachHooks(kind) {
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) chain.push(t);
    const list = [];
    if (kind === 'beforeEach') {
      for (let i = chain.length - 1; i >= 0; i--) list.push(...chain[i].hooks.beforeEach);
    } else {
      for (const t of chain) list.push(...t.hooks.afterEach);
    }
    return list;
  }

  async runHooks(list, ctx) {
    for (const hook of list) {
      await runWithTimeout(() => callTestFunction(hook.fn, ctx), hook.timeout, 'hook');
    }
  }

  async run() {
    this.started = true;
    const start = this.startedAt = nowMs();
    this.harness.running.add(this);
    if (this.skipped || this.cancelled) {
      this.finish(start);
      return;
    }
    const ctx = this.context;
    try {
      await this.runHooks(this.eachHooks('beforeEach'), ctx);
    } catch (err) {
      this.fail(err, kHookFailure);
    }
    if (this.error === null && !this.skipped) {
      try {
        this.harness.current = this;
        await this.runBody();
      } catch (err) {
        if (this.error === null) this.fail(err, err && err.failureType === kTestTimeoutFailure ? kTestTimeoutFailure : kTestCodeFailure);
      }
      await this.waitForSubtests();
      try {
        await this.runHooks(this.hooks.after, ctx);
      } catch (err) {
        this.fail(err, kHookFailure);
      }
    }
    try {
      await this.runHooks(this.eachHooks('afterEach'), ctx);
    } catch (err) {
      this.fail(err, kHookFailure);
    }
    this.finish(start);
  }

  async runBody() {
    if (this.fn === undefined) return;
    await runWithTimeout(() => callTestFunction(this.fn, this.context), this.timeout, 'test');
  }

  fail(err, type) {
    if (this.error !== null) return;
    this.error = err;
    this.failureType = type;
  }

  finish(start = this.startedAt) {
    if (this.finished) return;
    this.duration = nowMs() - start;
    this.harness.running.delete(this);
    if (this.mocks !== undefined) this.mocks.reset();
    const failedChildren = this.subtests.filter((t) => !t.passed && !t.isTodo && !t.skipped).length;
    if (this.error === null && failedChildren > 0) {
      this.error = new ERR_TEST_FAILURE(`${failedChildren} subtest${failedChildren === 1 ? '' : 's'} failed`, kSubtestsFailed);
      this.failureType = kSubtestsFailed;
    }
    if (this.error === null && this.planned !== undefined && this.assertions !== this.planned) {
      this.error = new ERR_TEST_FAILURE(`plan expected ${this.planned} assertions but received ${this.assertions}`, kTestCodeFailure);
      this.failureType = kTestCodeFailure;
    }
    if (this.expectFailure !== undefined && !this.skipped) this.applyExpectFailure();
    this.passed = this.error === null;
    this.finished = true;
    this.abortController.abort();
    this.harness.report(this);
    this.resolveDone();
  }

  applyExpectFailure() {
    const expected = this.expectFailure;
    if (this.error === null) {
      this.error = new ERR_TEST_FAILURE('test was expected to fail but passed', kExpectedFailure);
      this.failureType = kExpectedFailure;
      return;
    }
    if (this.failureType === kSubtestsFailed) return;
    if (expected === true || typeof expected === 'string') {
      this.error = null;
      return;
    }
    const actual = this.error;
    try {
      lazyAssert().throws(() => { throw actual; }, expected);
      this.error = null;
    } catch (mismatch) {
      this.error = mismatch;
      this.failureType = kExpectedFailure;
    }
  }
}

class Suite extends Test {
  constructor(name, options, fn, parent, loc) {
    super(name, options, fn, parent, loc);
    this.isSuite = true;
    this.suiteContext = new SuiteContext(this);
    this.buildPromise = null;
  }

  // Run the describe body now, collecting children; an async body is awaited before running.
  build(harness) {
    if (this.fn === undefined || this.skipped) return;
    harness.suiteStack.push(this);
    try {
      const result = Reflect.apply(this.fn, this.suiteContext, [this.suiteContext]);
      if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
        this.buildPromise = Promise.resolve(result).catch((err) => this.fail(err, kTestCodeFailure));
      }
    } catch (err) {
      this.fail(err, kTestCodeFailure);
    } finally {
      harness.suiteStack.pop();
    }
  }

  async run() {
    this.started = true;
    const start = this.startedAt = nowMs();
    if (this.skipped || this.cancelled) {
      for (const child of this.queue) { child.skipped = child.skipped || this.skipped; }
    }
    if (this.buildPromise !== null) await this.buildPromise;
    if (this.error !== null) {
      for (const child of this.queue) child.cancelWith(this.error);
    }
    if (!this.skipped) await this.waitForSubtests();
    if (this.error === null && !this.skipped) {
      try {
        await this.runHooks(this.hooks.after, this.suiteContext);
      } catch (err) {
        this.fail(err, kHookFailure);
      }
    }
    this.finish(start);
  }
}

// Calls a test or hook function: a function taking two parameters (test) or one parameter beyond
// the context (hook `(ctx, done)`) is callback-style.
function callTestFunction(fn, ctx) {
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      let called = false;
      const done = (err) => {
        if (called) return;
        called = true;
        if (err) reject(err);
        else resolve();
      };
      let result;
      try {
        result = Reflect.apply(fn, ctx, [ctx, done]);
      } catch (err) {
        reject(err);
        return;
      }
      if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
        result.then(() => reject(new ERR_TEST_FAILURE(
          'passed a callback but also returned a Promise', 'callbackAndPromisePresent')), reject);
      }
    });
  }
  return Reflect.apply(fn, ctx, [ctx]);
}

function runWithTimeout(call, timeout, what) {
  if (timeout === Infinity) return call();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ERR_TEST_FAILURE(`${what} timed out after ${timeout}ms`, kTestTimeoutFailure));
    }, timeout);
    Promise.resolve().then(call).then((v) => { clearTimeout(timer); resolve(v); },
                                      (e) => { clearTimeout(timer); reject(e); });
  });
}

module.exports = { Test, Suite, parseTestArgs, callSite, registerAssertion };
