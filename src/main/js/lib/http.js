'use strict';

// node:http — HTTP/1.1 server and client over node:net. The parser is jnode's own
// (internalBinding('http_parser'), see _http_common.js); everything else is in the _http_*
// modules, as in Node.

const { methods, parsers } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Agent, globalAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { STATUS_CODES, Server, ServerResponse, _connectionListener } = require('_http_server');
const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

// --max-http-header-size, else 16 KiB
function maxHeaderSizeOption() {
  for (const arg of process.execArgv) {
    const m = /^--max-http-header-size=(\d+)$/.exec(arg);
    if (m) return Number(m[1]);
  }
  return 16 * 1024;
}

let maxHeaderSize;
let globalAgentValue = globalAgent;

module.exports = {
  _connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    parsers.max = max;
  },
  setGlobalProxyFromEnv() {
    throw new ERR_NOT_IMPLEMENTED('http.setGlobalProxyFromEnv()');
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  configurable: true,
  enumerable: true,
  get() {
    if (maxHeaderSize === undefined) maxHeaderSize = maxHeaderSizeOption();
    return maxHeaderSize;
  },
});

Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return globalAgentValue; },
  set(value) {
    globalAgentValue = value;
    require('_http_agent').globalAgent = value;
  },
});

for (const name of ['WebSocket', 'CloseEvent', 'MessageEvent']) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (name in globalThis) return globalThis[name];
      throw new ERR_NOT_IMPLEMENTED(`http.${name}`);
    },
  });
}
