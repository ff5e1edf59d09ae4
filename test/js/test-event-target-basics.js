'use strict';
// EventTarget and Event: listener options, handleEvent objects, dispatch order and return value,
// stopImmediatePropagation, passive listeners, brand checks and Node's error codes.
const assert = require('assert');
const { inspect } = require('util');
const { getEventListeners, listenerCount } = require('events');

// Event defaults and init options
{
  const ev = new Event('foo');
  assert.strictEqual(ev.type, 'foo');
  assert.strictEqual(ev.bubbles, false);
  assert.strictEqual(ev.cancelable, false);
  assert.strictEqual(ev.composed, false);
  assert.strictEqual(ev.defaultPrevented, false);
  assert.strictEqual(ev.returnValue, true);
  assert.strictEqual(ev.isTrusted, false);
  assert.strictEqual(ev.eventPhase, Event.NONE);
  assert.strictEqual(ev.target, null);
  assert.strictEqual(ev.currentTarget, null);
  assert.deepStrictEqual(ev.composedPath(), []);
  assert.strictEqual(typeof ev.timeStamp, 'number');
  ev.preventDefault();
  assert.strictEqual(ev.defaultPrevented, false); // not cancelable
  assert.strictEqual(Object.prototype.toString.call(ev), '[object Event]');
  assert.strictEqual(new Event(1).type, '1');
  assert.strictEqual(Event.length, 1);
  assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE], [0, 1, 2, 3]);
  const d = Object.getOwnPropertyDescriptor(Event, 'AT_TARGET');
  assert.strictEqual(d.writable, false);
  assert.strictEqual(d.enumerable, true);
}
{
  const order = [];
  const ev = new Event('x', {
    get cancelable() { order.push('cancelable'); return true; },
    get bubbles() { order.push('bubbles'); return true; },
  });
  assert.deepStrictEqual(order, ['bubbles', 'cancelable']);
  assert.strictEqual(ev.bubbles, true);
  ev.preventDefault();
  assert.strictEqual(ev.defaultPrevented, true);
  assert.strictEqual(ev.returnValue, false);
}
assert.throws(() => new Event(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
assert.throws(() => new Event('a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new Event(Symbol('s')), TypeError);
new Event('a', null);
assert.throws(() => Event.prototype.type, { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Event' });

// cancelBubble / stopPropagation
{
  const ev = new Event('foo');
  ev.cancelBubble = 'yes';
  assert.strictEqual(ev.cancelBubble, true);
}

// Listeners: functions get the target as `this`, handleEvent objects are looked up at dispatch
{
  const et = new EventTarget();
  const calls = [];
  const fn = function(e) {
    calls.push(['fn', this === et, e.eventPhase, e.currentTarget === et, e.composedPath()[0] === et]);
  };
  const obj = {};
  et.addEventListener('foo', fn);
  et.addEventListener('foo', fn); // duplicate: ignored
  et.addEventListener('foo', obj, { once: true });
  obj.handleEvent = function(e) { calls.push(['obj', this === obj, e.type]); };
  assert.strictEqual(listenerCount(et, 'foo'), 2);
  assert.deepStrictEqual(getEventListeners(et, 'foo'), [fn, obj]);
  assert.strictEqual(et.dispatchEvent(new Event('foo')), true);
  assert.strictEqual(listenerCount(et, 'foo'), 1);
  et.dispatchEvent(new Event('foo'));
  assert.deepStrictEqual(calls, [['fn', true, 2, true, true], ['obj', true, 'foo'], ['fn', true, 2, true, true]]);
  et.removeEventListener('foo', fn);
  assert.strictEqual(listenerCount(et, 'foo'), 0);
}

// capture is part of the listener's identity
{
  const et = new EventTarget();
  let n = 0;
  const fn = () => n++;
  et.addEventListener('a', fn, { capture: true });
  et.addEventListener('a', fn, false);
  et.dispatchEvent(new Event('a'));
  assert.strictEqual(n, 2);
  et.removeEventListener('a', fn, true);
  et.dispatchEvent(new Event('a'));
  assert.strictEqual(n, 3);
}

// Listeners added during a dispatch wait for the next one; removed ones are skipped
{
  const et = new EventTarget();
  const log = [];
  const b = () => log.push('b');
  et.addEventListener('x', () => {
    log.push('a');
    et.removeEventListener('x', b);
    et.addEventListener('x', () => log.push('late'));
  }, { once: true });
  et.addEventListener('x', b);
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(log, ['a']);
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(log, ['a', 'late']);
}

// preventDefault, passive listeners and the dispatchEvent result
{
  const et = new EventTarget();
  et.addEventListener('p', (e) => e.preventDefault(), { passive: true });
  assert.strictEqual(et.dispatchEvent(new Event('p', { cancelable: true })), true);
  et.addEventListener('p', (e) => { e.returnValue = false; });
  assert.strictEqual(et.dispatchEvent(new Event('p', { cancelable: true })), false);
}

// stopImmediatePropagation
{
  const et = new EventTarget();
  const log = [];
  et.addEventListener('s', (e) => { log.push(1); e.stopImmediatePropagation(); });
  et.addEventListener('s', () => log.push(2));
  const ev = new Event('s');
  et.dispatchEvent(ev);
  assert.deepStrictEqual(log, [1]);
  assert.strictEqual(ev.cancelBubble, true);
  assert.strictEqual(ev.eventPhase, 0);
  assert.strictEqual(ev.target, et);
  assert.strictEqual(ev.currentTarget, null);
}

// Re-dispatching an event that is being dispatched
{
  const a = new EventTarget();
  const b = new EventTarget();
  const ev = new Event('r');
  let code;
  a.addEventListener('r', () => {
    try { b.dispatchEvent(ev); } catch (err) { code = err.code; }
  });
  a.dispatchEvent(ev);
  assert.strictEqual(code, 'ERR_EVENT_RECURSION');
}

// Argument checks
{
  const et = new EventTarget();
  assert.throws(() => et.addEventListener('a'), {
    code: 'ERR_MISSING_ARGS', message: 'The "type" and "listener" arguments must be specified',
  });
  assert.throws(() => et.dispatchEvent(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => et.dispatchEvent({ type: 'a' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "event" argument must be an instance of Event. Received an instance of Object',
  });
  assert.throws(() => et.addEventListener('a', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be an instance of EventListener. Received type number (5)',
  });
  assert.throws(() => et.addEventListener('a', () => {}, 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => et.addEventListener('a', () => {}, { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => et.addEventListener(Symbol('s'), () => {}), TypeError);
  assert.throws(() => EventTarget.prototype.dispatchEvent.call({}, new Event('a')), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type EventTarget',
  });
  // null listeners are ignored (with a warning for addEventListener)
  et.removeEventListener('a', null);
  assert.strictEqual(et.addEventListener('a', () => {}), undefined);
}

// Shape and inspection
{
  const et = new EventTarget();
  assert.deepStrictEqual(Object.keys(et), []);
  assert.deepStrictEqual(Object.keys(EventTarget.prototype).sort(),
                         ['addEventListener', 'dispatchEvent', 'removeEventListener']);
  assert.strictEqual(String(et), '[object EventTarget]');
  assert.strictEqual(inspect(et), 'EventTarget {}');
  const ev = new Event('foo');
  assert.strictEqual(inspect(ev, { depth: -1 }), 'Event');
  assert.strictEqual(inspect(ev, { depth: 0 }), 'Event [Object]');
  assert.match(inspect(ev), /^Event \{\n {2}type: 'foo',\n {2}defaultPrevented: false,\n {2}cancelable: false,\n {2}timeStamp: [\d.]+\n\}$/);
  const fake = { [inspect.custom]: EventTarget.prototype[inspect.custom], x: 1 };
  assert.strictEqual(typeof inspect(fake), 'string');
}

// Subclasses
{
  class MyTarget extends EventTarget {}
  class MyEvent extends Event {}
  const t = new MyTarget();
  const e = new MyEvent('m');
  let got;
  t.addEventListener('m', (ev) => { got = ev; });
  t.dispatchEvent(e);
  assert.strictEqual(got, e);
  assert.strictEqual(inspect(t), 'MyTarget {}');
}
