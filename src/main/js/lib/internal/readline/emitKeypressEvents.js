'use strict';

// readline.emitKeypressEvents(stream[, interface]): makes `stream` emit 'keypress' events,
// decoded from its 'data' while anyone listens for them.

const { StringDecoder } = require('string_decoder');
const { emitKeys, kEscape, kMoreInputFollows } = require('internal/readline/utils');

const kKeypressDecoder = Symbol('keypress-decoder');
const kEscapeDecoder = Symbol('escape-decoder');
const kEscapeTimeout = 500;  // ms a lone ESC waits for the rest of a sequence

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  stream[kEscapeDecoder] = emitKeys(stream);
  stream[kEscapeDecoder].next();

  let timer;
  let pending = '';  // the characters of an escape sequence not yet completed

  const flush = () => {
    timer = undefined;
    pending = '';
    stream[kEscapeDecoder].next('');
  };

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kKeypressDecoder].write(input);
    if (string.length === 0) return;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    const chars = [...string];
    const isIface = iface !== null && typeof iface === 'object';
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      // Tell the interface whether more input of this chunk follows, so it can skip redrawing
      // the line for every pasted character.
      if (isIface) iface[kMoreInputFollows] = i < chars.length - 1;
      try {
        stream[kEscapeDecoder].next(ch);
      } catch (err) {
        // A throwing keypress listener must not kill the decoder: restart it, then rethrow.
        stream[kEscapeDecoder] = emitKeys(stream);
        stream[kEscapeDecoder].next();
        pending = '';
        if (isIface) iface[kMoreInputFollows] = false;
        throw err;
      }
      if (ch === kEscape || pending !== '') pending += ch;
      if (pending !== '' && endsSequence(pending)) pending = '';
    }
    if (isIface) iface[kMoreInputFollows] = false;
    if (pending !== '') {
      const ms = iface !== null && typeof iface === 'object' && iface.escapeCodeTimeout !== undefined
        ? iface.escapeCodeTimeout : kEscapeTimeout;
      timer = setTimeout(flush, ms);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// Whether `seq` (starting with ESC) is a complete key in the decoder's grammar.
function endsSequence(seq) {
  if (seq.length < 2) return false;
  let i = 1;
  if (seq[i] === kEscape) {
    i++;
    if (seq.length <= i) return false;
  }
  const c = seq[i];
  if (c !== '[' && c !== 'O') return true;
  if (c === 'O') {
    i++;
    if (seq.length <= i) return false;
    if (seq[i] >= '0' && seq[i] <= '9') i++;
    return seq.length > i;
  }
  i++;
  if (seq[i] === '[') i++;
  while (i < seq.length && ((seq[i] >= '0' && seq[i] <= '9') || seq[i] === ';')) i++;
  return seq.length > i;
}

module.exports = emitKeypressEvents;
