'use strict';
// MessageChannel / MessagePort / BroadcastChannel within one thread: delivery order relative
// to the loop's phases, structured clone and transfer (ArrayBuffers, ports, transferable
// AbortSignals), close on both ends, ref/unref, receiveMessageOnPort and Node's errors.
const assert = require('assert');
const { inspect, transferableAbortController } = require('util');
const {
  MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort,
} = require('worker_threads');

const log = [];
let peerClosed = false;  // when the peer learns of the close is not ordered with the rest
process.on('exit', () => {
  assert.strictEqual(peerClosed, true);
  assert.deepStrictEqual(log, [
    'sync done',
    'tick',
    'message {"n":1,"nested":{"list":[1,2]}} [object Map] 8',
    'message 2',
    'event 3 true 0',
    'port2 close',
    'broadcast b2 x',
    'broadcast b3 x',
    'abort boom',
  ]);
});

// Globals are the worker_threads classes.
assert.strictEqual(globalThis.MessageChannel, MessageChannel);
assert.strictEqual(globalThis.MessagePort, MessagePort);
assert.throws(() => new MessagePort(), { code: 'ERR_CONSTRUCT_CALL_INVALID', name: 'TypeError' });
assert.throws(() => MessagePort(), { code: 'ERR_CONSTRUCT_CALL_INVALID' });

{
  const { port1, port2 } = new MessageChannel();
  assert.ok(port1 instanceof MessagePort);
  assert.strictEqual(port1.hasRef(), false);

  const ab = new ArrayBuffer(8);
  port1.postMessage({ n: 1, nested: { list: [1, 2] }, map: new Map([[1, 2]]), ab }, [ab]);
  assert.strictEqual(ab.byteLength, 0, 'transferred buffers are detached at once');
  port1.postMessage(2);
  port1.postMessage(3);

  let received = 0;
  port2.on('message', (value) => {
    received++;
    if (received === 1) {
      const { map, ab: got, ...rest } = value;
      log.push(`message ${JSON.stringify(rest)} ${Object.prototype.toString.call(map)} ${got.byteLength}`);
    } else if (received === 2) {
      log.push(`message ${value}`);
    }
  });
  port2.addEventListener('message', (event) => {
    if (event.data === 3) {
      log.push(`event ${event.data} ${event.target === port2} ${event.ports.length}`);
      port2.close();
    }
  });
  assert.strictEqual(port2.hasRef(), true);
  port2.on('close', () => log.push('port2 close'));
  port1.on('close', () => { peerClosed = true; });
  process.nextTick(() => log.push('tick'));
}

{
  // A port travels inside a message and keeps its channel.
  const a = new MessageChannel();
  const b = new MessageChannel();
  a.port1.postMessage({ port: b.port2 }, [b.port2]);
  a.port2.once('message', ({ port }) => {
    assert.ok(port instanceof MessagePort);
    port.once('message', (text) => {
      assert.strictEqual(text, 'hello');
      port.close();
      a.port1.close();
    });
    b.port1.postMessage('hello');
  });
}

{
  // receiveMessageOnPort takes queued messages synchronously.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ a: 1 });
  port1.postMessage('b');
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: { a: 1 } });
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'b' });
  assert.strictEqual(receiveMessageOnPort(port2), undefined);
  assert.throws(() => receiveMessageOnPort({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "port" argument must be a MessagePort instance',
  });
  port1.close();
}

{
  // Errors, checked before anything is transferred.
  const { port1, port2 } = new MessageChannel();
  const ab = new ArrayBuffer(4);
  assert.throws(() => port1.postMessage(null, [ab, port1]), {
    name: 'DataCloneError', code: 25, message: 'Transfer list contains source port',
  });
  assert.strictEqual(ab.byteLength, 4);
  assert.throws(() => port1.postMessage(null, [ab, ab]), {
    name: 'DataCloneError', message: 'Transfer list contains duplicate ArrayBuffer',
  });
  assert.throws(() => port1.postMessage({ port: port2 }), {
    name: 'DataCloneError',
    message: 'Object that needs transfer was found in message but not listed in transferList',
  });
  assert.throws(() => port1.postMessage(() => 1), {
    name: 'DataCloneError', message: '() => 1 could not be cloned.',
  });
  assert.throws(() => port1.postMessage(1, [{}]), {
    name: 'DataCloneError', message: 'Found invalid value in transferList.',
  });
  assert.throws(() => port1.postMessage(1, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'Optional transferList argument must be an iterable',
  });
  assert.throws(() => port1.postMessage(), {
    code: 'ERR_MISSING_ARGS', message: 'Not enough arguments to MessagePort.postMessage',
  });
  port1.close();
}

{
  // BroadcastChannel: every other open channel of the name gets its own copy.
  const b1 = new BroadcastChannel('jnode-test');
  const b2 = new BroadcastChannel('jnode-test');
  const b3 = new BroadcastChannel('jnode-test');
  const other = new BroadcastChannel('other');
  assert.strictEqual(inspect(b1), "BroadcastChannel { name: 'jnode-test', active: true }");
  b1.onmessage = () => log.push('broadcast b1 (wrong: the sender)');
  other.onmessage = () => log.push('broadcast other (wrong: another name)');
  let pending = 2;
  const done = () => {
    if (--pending === 0) for (const c of [b1, b2, b3, other]) c.close();
  };
  b2.onmessage = (e) => { log.push(`broadcast b2 ${e.data.v}`); e.data.v = 'changed'; done(); };
  b3.onmessage = (e) => { log.push(`broadcast b3 ${e.data.v}`); done(); };
  setImmediate(() => b1.postMessage({ v: 'x' }));
}

{
  // A transferred signal aborts when the original does.
  const ac = transferableAbortController();
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = ({ data: signal }) => {
    assert.ok(signal instanceof AbortSignal);
    assert.notStrictEqual(signal, ac.signal);
    signal.onabort = () => {
      log.push(`abort ${signal.reason}`);
      port2.close();
    };
    setTimeout(() => ac.abort('boom'), 20);
  };
  port1.postMessage(ac.signal, [ac.signal]);
  assert.strictEqual(ac.signal.aborted, false);
}

log.push('sync done');
