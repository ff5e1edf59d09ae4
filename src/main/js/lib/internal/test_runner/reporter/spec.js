'use strict';

// The 'spec' reporter of node:test, as Node prints it without colours: one line per test with
// its duration, a ▶ header above tests that have children, the summary counts, and the
// failures again with their errors at the end.

const path = require('path');
const { inspect } = require('internal/util/inspect');

const kSubtestsFailed = 'subtestsFailed';

function indentLines(text, indent) {
  return text.split('\n').map((line) => indent + line).join('\n');
}

function formatError(err) {
  if (err && err.code === 'ERR_TEST_FAILURE' && err.cause !== undefined) {
    err = err.cause;
  }
  return inspect(err);
}

function location(test) {
  if (test.loc === undefined) return undefined;
  let file = test.loc.file;
  if (file.startsWith('file://')) file = new URL(file).pathname;
  const rel = path.relative(process.cwd(), file);
  return `${rel}:${test.loc.line}:${test.loc.column}`;
}

class SpecReporter {
  constructor(write) {
    this.write = write;
    this.failures = [];
  }

  // "✔ name (1.2ms)" with its symbol and directive.
  resultLine(test, indent) {
    let symbol;
    let directive = '';
    if (test.skipped) {
      symbol = '﹣';
      directive = ` # ${test.skipMessage === undefined ? 'SKIP' : test.skipMessage}`;
    } else if (test.isTodo) {
      symbol = test.passed ? '✔' : '⚠';
      directive = ` # ${test.todoMessage === undefined ? 'TODO' : test.todoMessage}`;
    } else {
      symbol = test.passed ? '✔' : '✖';
      if (test.expectFailure !== undefined && test.passed) directive = ' # EXPECTED FAILURE';
    }
    return `${indent}${symbol} ${test.name} (${test.duration}ms)${directive}\n`;
  }

  // A finished top-level test and everything below it.
  printTree(test) {
    let out = '';
    const visit = (t, depth) => {
      const indent = '  '.repeat(depth);
      const children = t.subtests.filter((c) => c.finished);
      if (children.length > 0) {
        out += `${indent}▶ ${t.name}\n`;
        for (const c of children) visit(c, depth + 1);
      }
      out += this.resultLine(t, indent);
      for (const d of t.diagnostics) out += `${indent}ℹ ${d}\n`;
      if (!t.passed && !t.skipped && t.failureType !== kSubtestsFailed && t.error !== null) {
        this.failures.push(t);
      }
    };
    visit(test, 0);
    this.write(out);
  }

  outsideError(err) {
    this.write(`✖ ${formatError(err).split('\n')[0]}\n`);
    this.failures.push({ outside: err });
  }

  summary(counts, durationMs) {
    let out = '';
    out += `ℹ tests ${counts.tests}\n`;
    out += `ℹ suites ${counts.suites}\n`;
    out += `ℹ pass ${counts.pass}\n`;
    out += `ℹ fail ${counts.fail}\n`;
    out += `ℹ cancelled ${counts.cancelled}\n`;
    out += `ℹ skipped ${counts.skipped}\n`;
    out += `ℹ todo ${counts.todo}\n`;
    out += `ℹ duration_ms ${durationMs}\n`;
    if (this.failures.length > 0) {
      out += '\n✖ failing tests:\n';
      for (const t of this.failures) {
        out += '\n';
        if (t.outside !== undefined) {
          out += `${indentLines(formatError(t.outside), '  ')}\n`;
          continue;
        }
        const loc = location(t);
        if (loc !== undefined) out += `test at ${loc}\n`;
        out += this.resultLine(t, '');
        out += `${indentLines(formatError(t.error), '  ')}\n`;
      }
    }
    this.write(out);
  }
}

module.exports = { SpecReporter };
