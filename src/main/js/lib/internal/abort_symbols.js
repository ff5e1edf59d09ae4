'use strict';

// Symbols shared by EventTarget and the modules that listen to AbortSignals; kept apart (no
// dependencies) so that early core modules can use them without a require cycle.

// Listener option: the listener still runs after stopImmediatePropagation(). Core modules
// use it for their own 'abort' listeners, as Node does.
const kResistStopPropagation = Symbol('kResistStopPropagation');

module.exports = { kResistStopPropagation };
