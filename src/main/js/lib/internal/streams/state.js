'use strict';

// Default and per-stream highWaterMark handling for node:stream.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');

// Node 26: 64 KiB for byte streams, 16 for object-mode streams.
let bytesDefault = 64 * 1024;
let objectsDefault = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? objectsDefault : bytesDefault;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) objectsDefault = value;
  else bytesDefault = value;
}

// The highWaterMark a stream side uses: the side-specific option of a Duplex, then the shared
// option, then the default. Floors fractional values; rejects negatives and non-numbers.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let value = options.highWaterMark;
  if (value == null && isDuplex) value = options[duplexKey];
  if (value == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE(isDuplex ? `options.${duplexKey}` : 'options.highWaterMark', value);
  }
  return value;
}

module.exports = { getDefaultHighWaterMark, setDefaultHighWaterMark, getHighWaterMark };
