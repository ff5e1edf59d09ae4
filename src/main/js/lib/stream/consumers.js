'use strict';

// node:stream/consumers — read a whole stream (or async iterable) into one value.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/util/types');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

async function blob(stream) {
  let BlobCtor;
  try {
    BlobCtor = globalThis.Blob;
  } catch {
    BlobCtor = undefined;
  }
  if (typeof BlobCtor !== 'function') {
    throw new ERR_NOT_IMPLEMENTED('stream/consumers blob() (Blob)');
  }
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new BlobCtor(chunks);
}

function toBytes(chunk) {
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  // like Blob's constructor: anything else is its string form
  return new TextEncoder().encode(String(chunk));
}

async function arrayBuffer(stream) {
  const parts = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = toBytes(chunk);
    parts.push(bytes);
    total += bytes.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out.buffer;
}

async function buffer(stream) {
  return lazyBuffer().from(await arrayBuffer(stream));
}

async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      str += chunk;
    } else if (ArrayBuffer.isView(chunk) || isAnyArrayBuffer(chunk)) {
      str += dec.decode(chunk, { stream: true });
    } else {
      throw new ERR_INVALID_ARG_TYPE('list', ['SharedArrayBuffer', 'ArrayBuffer', 'ArrayBufferView'], chunk);
    }
  }
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
