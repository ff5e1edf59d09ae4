'use strict';
// AsyncLocalStorage: the store follows the program through promises, await, timers, immediates,
// nextTick, fs callbacks, AsyncResource, sockets and HTTP requests; run/exit/enterWith/disable,
// bind/snapshot, defaultValue.
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = new Map();
const expected = new Map();
const pending = [];
function expect(label, value) {
  expected.set(label, value);
  let done;
  pending.push(new Promise((resolve) => { done = resolve; }));
  return () => {
    seen.set(label, als.getStore());
    done();
  };
}

assert.strictEqual(als.getStore(), undefined);
als.run('one', () => {
  assert.strictEqual(als.getStore(), 'one');
  setTimeout(expect('setTimeout', 'one'), 1);
  const iv = setInterval(() => { clearInterval(iv); ivDone(); }, 1);
  const ivDone = expect('setInterval', 'one');
  setImmediate(expect('setImmediate', 'one'));
  process.nextTick(expect('nextTick', 'one'));
  queueMicrotask(expect('queueMicrotask', 'one'));
  Promise.resolve().then(expect('then', 'one'));
  const afterAwait = expect('await', 'one');
  (async () => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    afterAwait();
  })();
  fs.stat(__filename, expect('fs.stat', 'one'));
  fs.promises.stat(__filename).then(expect('fs.promises', 'one'));
  als.run('nested', () => {
    assert.strictEqual(als.getStore(), 'nested');
    setTimeout(expect('nested timer', 'nested'), 1);
  });
  assert.strictEqual(als.getStore(), 'one');
  als.exit(() => assert.strictEqual(als.getStore(), undefined));
  const resource = new AsyncResource('test');
  als.run('other', () => resource.runInAsyncScope(expect('AsyncResource', 'one')));
  // enterWith inside a callback does not leak into other callbacks of the same context.
  setTimeout(() => {
    als.enterWith('entered');
    assert.strictEqual(als.getStore(), 'entered');
  }, 1);
  setTimeout(expect('after enterWith elsewhere', 'one'), 5);
});
assert.strictEqual(als.getStore(), undefined);

// bind and snapshot capture the context they are called in.
const bound = als.run('bound', () => AsyncLocalStorage.bind(() => als.getStore()));
assert.strictEqual(bound(), 'bound');
const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
assert.strictEqual(snapshot(() => als.getStore()), 'snap');
assert.strictEqual(snapshot((a, b) => a + b, 1, 2), 3);

// defaultValue, name, disable.
const withDefault = new AsyncLocalStorage({ defaultValue: 'dflt', name: 'named' });
assert.strictEqual(withDefault.getStore(), 'dflt');
assert.strictEqual(withDefault.name, 'named');
withDefault.run('set', () => {
  assert.strictEqual(withDefault.getStore(), 'set');
  withDefault.exit(() => assert.strictEqual(withDefault.getStore(), undefined));
  withDefault.disable();
  assert.strictEqual(withDefault.getStore(), 'dflt');
});
assert.throws(() => new AsyncLocalStorage(5), { code: 'ERR_INVALID_ARG_TYPE' });

// HTTP: a client's response events run in the context of the request; the server's handler
// can start its own context.
pending.push(new Promise((resolve) => {
  const server = http.createServer((req, res) => {
    als.run(`server:${req.url}`, () => {
      setTimeout(() => res.end(String(als.getStore())), 1);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    let left = 3;
    for (const id of ['a', 'b', 'c']) {
      als.run(`client:${id}`, () => {
        http.get({ port, host: '127.0.0.1', path: `/${id}` }, (res) => {
          assert.strictEqual(als.getStore(), `client:${id}`);
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d) => { body += d; });
          res.on('end', () => {
            assert.strictEqual(als.getStore(), `client:${id}`);
            assert.strictEqual(body, `server:/${id}`);
            if (--left === 0) {
              server.close();
              resolve();
            }
          });
        });
      });
    }
  });
}));

Promise.all(pending).then(() => {
  for (const [label, value] of expected) assert.strictEqual(seen.get(label), value, label);
  console.log('ok');
});
