'use strict';

// TextEncoderStream and TextDecoderStream: TransformStreams over TextEncoder/TextDecoder.

const {
  codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspect, inspectObject } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');


class TextEncoderStream {
  #state;

  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = '';
    this.#state = {
      transform: new TransformStream({
        transform(chunk, controller) {
          let s = pendingHighSurrogate + `${chunk}`;
          pendingHighSurrogate = '';
          if (s.length === 0) return;
          // a lone high surrogate at the end may pair with the next chunk's first code unit
          const last = s.charCodeAt(s.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            pendingHighSurrogate = s[s.length - 1];
            s = s.slice(0, -1);
            if (s.length === 0) return;
          }
          controller.enqueue(encoder.encode(s));
        },
        flush(controller) {
          if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      }),
    };
  }

  get encoding() {
    this.#state; // eslint-disable-line no-unused-expressions -- the receiver check
    return 'utf-8';
  }

  get readable() {
    return this.#state.transform.readable;
  }

  get writable() {
    return this.#state.transform.writable;
  }

  [customInspect](depth, options, inspect) {
    if (this === null || typeof this !== 'object' || !(#state in this)) throw new ERR_INVALID_THIS('TextEncoderStream');
    return inspectObject(this, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this.#state.transform.readable,
      writable: this.#state.transform.writable,
    }, depth, options, inspect);
  }
}

class TextDecoderStream {
  #state;

  constructor(encoding = 'utf-8', options = {}) {
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    let decoder;
    try {
      decoder = new TextDecoder(encoding, options);
    } catch (err) {
      if (err instanceof RangeError && err.code === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
      throw err;
    }
    this.#state = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) &&
              !(typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer)) {
            throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], chunk);
          }
          const text = decoder.decode(chunk, { stream: true });
          if (text) controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
          if (text) controller.enqueue(text);
        },
      }),
    };
  }

  get encoding() {
    return this.#state.decoder.encoding;
  }

  get fatal() {
    return this.#state.decoder.fatal;
  }

  get ignoreBOM() {
    return this.#state.decoder.ignoreBOM;
  }

  get readable() {
    return this.#state.transform.readable;
  }

  get writable() {
    return this.#state.transform.writable;
  }

  [customInspect](depth, options, inspect) {
    if (this === null || typeof this !== 'object' || !(#state in this)) throw new ERR_INVALID_THIS('TextDecoderStream');
    const s = this.#state;
    return inspectObject(this, 'TextDecoderStream', {
      encoding: s.decoder.encoding,
      fatal: s.decoder.fatal,
      ignoreBOM: s.decoder.ignoreBOM,
      readable: s.transform.readable,
      writable: s.transform.writable,
    }, depth, options, inspect);
  }
}

for (const C of [TextEncoderStream, TextDecoderStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of Object.getOwnPropertyNames(C.prototype)) {
    if (k !== 'constructor') Object.defineProperty(C.prototype, k, { enumerable: true });
  }
}

module.exports = { TextEncoderStream, TextDecoderStream };
