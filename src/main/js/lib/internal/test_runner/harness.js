'use strict';

// The root of node:test in one process: top-level tests are queued on a root Test and start
// once the main module has finished; the spec reporter prints each top-level test when it
// completes, and the summary when the event loop runs dry ('beforeExit'). A failure sets the
// exit code to 1. Errors thrown outside a test's own promise chain (uncaught exceptions,
// unhandled rejections) are charged to the test that is running.

const { Test, Suite, parseTestArgs, callSite } = require('internal/test_runner/test');
const { SpecReporter } = require('internal/test_runner/reporter/spec');

class Harness {
  constructor() {
    this.root = new Test('<root>', {}, undefined, null, undefined);
    this.root.harness = this;
    this.suiteStack = [];
    this.running = new Set();
    this.current = null;
    this.reporter = new SpecReporter((s) => process.stdout.write(s));
    this.started = false;
    this.summarized = false;
    this.startTime = Number(process.hrtime.bigint()) / 1e6;
    this.counts = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.outsideErrors = [];
  }

  // The parent of a test created now: the suite whose body is running, else the root.
  currentParent() {
    return this.suiteStack.length > 0 ? this.suiteStack[this.suiteStack.length - 1] : this.root;
  }

  createTest(name, options, fn, overrides) {
    const args = parseTestArgs(name, options, fn);
    const opts = { ...args.options, ...overrides };
    const parent = this.currentParent();
    const test = new Test(args.name, opts, args.fn, parent, callSite());
    this.schedule(parent, test);
    return parent === this.root ? test.donePromise : undefined;
  }

  createSuite(name, options, fn, overrides) {
    const args = parseTestArgs(name, options, fn);
    const opts = { ...args.options, ...overrides };
    const parent = this.currentParent();
    const suite = new Suite(args.name, opts, args.fn, parent, callSite());
    this.schedule(parent, suite);
    suite.build(this);
    return suite.donePromise;
  }

  schedule(parent, test) {
    parent.addSubtest(test);
    if (!this.started) {
      this.started = true;
      this.installProcessHooks();
      // Start after the main module (and its synchronous test() calls) has finished.
      setImmediate(() => {
        this.root.started = true;
        this.root.drain();
      });
    }
  }

  addHook(kind, fn, options) {
    this.currentParent().addHook(kind, fn, options);
  }

  installProcessHooks() {
    process.on('uncaughtException', (err) => this.outsideError(err));
    process.on('unhandledRejection', (reason) => this.outsideError(reason));
    process.on('beforeExit', () => this.finishRun());
    process.on('exit', () => {
      if (!this.summarized) this.finishRun(true);
    });
  }

  outsideError(err) {
    const test = this.runningLeaf();
    if (test !== null) {
      test.fail(err, 'uncaughtException');
    } else {
      this.outsideErrors.push(err);
      this.reporter.outsideError(err);
      this.counts.fail++;
      process.exitCode = 1;
    }
  }

  // The innermost test still running (the one an uncaught error most likely belongs to).
  runningLeaf() {
    let leaf = null;
    for (const t of this.running) {
      if (!t.finished && (leaf === null || t.nesting >= leaf.nesting)) leaf = t;
    }
    return leaf;
  }

  // Called for every finished test: count it, and print it once its top-level ancestor is done.
  report(test) {
    if (test === this.root) return;
    if (test.isSuite) this.counts.suites++;
    else {
      this.counts.tests++;
      if (test.cancelled) this.counts.cancelled++;
      else if (test.skipped) this.counts.skipped++;
      else if (test.isTodo) this.counts.todo++;
      else if (test.passed) this.counts.pass++;
      else this.counts.fail++;
    }
    if (test.parent === this.root) this.reporter.printTree(test);
  }

  reportLate(test) {
    this.report(test);
  }

  async finishRun(atExit = false) {
    if (this.summarized) return;
    if (!atExit && (this.root.queue.length > 0 || this.root.draining !== null)) {
      // The loop ran dry while tests still wait on promises that can never settle.
      const pending = [...this.running].filter((t) => !t.finished);
      if (pending.length === 0) return;
      pending.sort((a, b) => b.nesting - a.nesting);
      for (const t of pending) {
        t.cancelWith('Promise resolution is still pending but the event loop has already resolved');
        t.finish();
      }
      for (const t of this.root.queue) {
        t.cancelWith('Promise resolution is still pending but the event loop has already resolved');
      }
      return;
    }
    this.summarized = true;
    if (this.root.hooks.after.length > 0 && !atExit) {
      try {
        await this.root.runHooks(this.root.hooks.after, this.root.context);
      } catch (err) {
        this.outsideError(err);
      }
    }
    const duration = Number(process.hrtime.bigint()) / 1e6 - this.startTime;
    this.reporter.summary(this.counts, duration);
    if (this.counts.fail > 0 || this.counts.cancelled > 0) process.exitCode = 1;
  }
}

let harness;
function getHarness() {
  if (harness === undefined) harness = new Harness();
  return harness;
}

module.exports = { getHarness };
