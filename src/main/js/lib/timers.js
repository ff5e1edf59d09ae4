'use strict';

// node:timers

const {
  setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate,
} = require('internal/timers');

function active(timer) {
  if (timer && typeof timer.refresh === 'function') timer.refresh();
}

function unenroll(timer) {
  clearTimeout(timer);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  active,
  _unrefActive: active,
  unenroll,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
