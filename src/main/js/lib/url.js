'use strict';

// node:url — the WHATWG URL API (lib/internal/url.js) and Node's legacy URL API: url.parse()
// producing Url objects, url.format(), url.resolve() and url.resolveObject(). The legacy parser
// follows no standard; its behaviour here is Node's, field for field.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_URL,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { encodeStr } = require('internal/querystring');
const internalURL = require('internal/url');

const {
  URL,
  URLSearchParams,
  URLPattern,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  unsafeProtocol,
  hostlessProtocol,
  slashedProtocol,
} = internalURL;

let querystring;
function lazyQuerystring() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// ---- url.parse ----

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path with no host, hash or spaces: parsed without the full machinery.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters that url.parse always escapes in the part after the host.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

function isTrimmedSpace(c) {
  return c <= 0x20 || c === 0xA0 || c === 0xFEFF;
}

// Node warns once (DEP0169) when url.parse() is called from outside node_modules.
let parseWarned = false;
function calledFromNodeModules() {
  const limit = Error.stackTraceLimit;
  let stack;
  try {
    Error.stackTraceLimit = 50;
    stack = new Error().stack;
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes(' at ') || line.includes('node:') || line.includes('<builtin>')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function parse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && !calledFromNodeModules()) {
    parseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning', 'DEP0169');
  }
  return urlParse(url, parseQueryString, slashesDenoteHost);
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// Trims controls and whitespace around `url`, turns backslashes before the first ? or # into
// slashes, and notes whether there is a '#', and an '@' before any ? or #.
function prepareInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmedSpace(url.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(url.charCodeAt(end - 1))) end--;
  let out = '';
  let last = start;
  let split = false;
  let hasHash = false;
  let hasAt = false;
  for (let i = start; i < end; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x40 /* @ */ && !split) {
      hasAt = true;
    } else if (c === 0x23 /* # */) {
      hasHash = true;
      split = true;
    } else if (c === 0x3F /* ? */) {
      split = true;
    } else if (c === 0x5C /* \ */ && !split) {
      out += url.slice(last, i) + '/';
      last = i + 1;
    }
  }
  return { rest: out + url.slice(last, end), hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepareInput(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? lazyQuerystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let lowerProto;
  const proto = protocolPattern.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }

  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2F && rest.charCodeAt(1) === 0x2F;
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(lowerProto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(autoEscapePattern, (c) => autoEscape[c]);

  // Split off the hash and the query.
  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x23) {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    }
    if (c === 0x3F && questionIdx === -1) questionIdx = i;
  }
  if (questionIdx !== -1) {
    const queryEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, queryEnd);
    this.query = rest.slice(questionIdx + 1, queryEnd);
    if (parseQueryString) this.query = lazyQuerystring().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Parses "auth@host:port" at the start of `rest` into `self`; returns what follows the host.
function parseAuthority(self, rest, url) {
  // Tabs and newlines inside the authority are dropped.
  let authorityEnd = rest.search(/[/?#]/);
  if (authorityEnd === -1) authorityEnd = rest.length;
  if (/[\t\n\r]/.test(rest.slice(0, authorityEnd))) {
    rest = rest.slice(0, authorityEnd).replace(/[\t\n\r]/g, '') + rest.slice(authorityEnd);
  }

  // The host ends at the first / ? #; characters RFC 2396 never allows in a hostname end it
  // too, unless an '@' follows them (then they belong to the auth part).
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    switch (rest.charCodeAt(i)) {
      case 0x09: case 0x0A: case 0x0D: case 0x20: case 0x22: case 0x25: case 0x27: case 0x3B:
      case 0x3C: case 0x3E: case 0x5C: case 0x5E: case 0x60: case 0x7B: case 0x7C: case 0x7D:
        if (nonHost === -1) nonHost = i;
        break;
      case 0x23: case 0x2F: case 0x3F:
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case 0x40:
        atSign = i;
        nonHost = -1;
        break;
      default:
        break;
    }
    if (hostEnd !== -1) break;
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  // host -> hostname and port
  let host = self.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') self.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) self.hostname = host;
  if (typeof self.hostname !== 'string') self.hostname = '';

  const hostname = self.hostname;
  const ipv6 = hostname.charCodeAt(0) === 0x5B && hostname.charCodeAt(hostname.length - 1) === 0x5D;
  if (!ipv6) {
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname.charCodeAt(i);
      if (c === 0x3A) throw new ERR_INVALID_ARG_VALUE('url', 'Invalid port in url', url);
      if (c === 0x2F || c === 0x5C || c === 0x23 || c === 0x3F) {
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  if (self.hostname.length > hostnameMaxLen) self.hostname = '';
  else self.hostname = self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      let ascii;
      if (/^[\x00-\x7F]*$/.test(self.hostname)) ascii = self.hostname;
      else ascii = require('internal/idna').toASCII(self.hostname, false);
      if (!ascii) throw new ERR_INVALID_URL(url);
      self.hostname = ascii;
      if (forbiddenHostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }

  self.host = self.hostname + (self.port ? ':' + self.port : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
}

// ---- url.format ----

// Code units below 0x80 that stay literal in the auth part.
const authKeep = new Int8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*:") {
  authKeep[c.charCodeAt(0)] = 1;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(url, options) {
  let auth = true;
  let fragment = true;
  let search = true;
  let unicode = false;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.auth != null) auth = Boolean(options.auth);
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.search != null) search = Boolean(options.search);
    if (options.unicode != null) unicode = Boolean(options.unicode);
  }
  return internalURL.formatURL(url, auth, fragment, search, unicode);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeStr(auth, authKeep) + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    const bracket = hn.includes(':') && !(hn[0] === '[' && hn[hn.length - 1] === ']');
    host = auth + (bracket ? `[${hn}]` : hn);
    if (this.port) host += ':' + this.port;
  }

  if (this.query !== null && typeof this.query === 'object') query = lazyQuerystring().stringify(this.query);
  let search = this.search || (query && ('?' + query)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3A) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  }

  // Only the slashed protocols get "//" (and those that had it).
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2F) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4).toLowerCase() === 'file') {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 0x3F) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

// ---- url.resolve ----

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function withPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

// When a host-less protocol's "host" carries "auth@", move the auth out of it.
function splitAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

// Removes '.' segments and resolves '..' against the segments before them; returns how many
// '..' went above the first segment.
function collapseDots(segments) {
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    if (seg === '.') {
      segments.splice(i, 1);
    } else if (seg === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  return up;
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];
  result.hash = relative.hash;

  // A relative URL of just "#hash" (or nothing).
  if (relative.href === '') return finish(result);

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // A protocol we know nothing about replaces everything.
    if (!slashedProtocol.has(relative.protocol)) {
      for (const key of Object.keys(relative)) result[key] = relative[key];
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      // "http:foo/bar" with another protocol: the first path segment becomes the host.
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const isSourceAbs = Boolean(result.pathname && result.pathname.charAt(0) === '/');
  const isRelAbs = Boolean(relative.host || (relative.pathname && relative.pathname.charAt(0) === '/'));
  let mustEndAbs = Boolean(isRelAbs || isSourceAbs || (result.host && relative.pathname));
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // For protocols without slashes (mailto:, and unknown ones) the host is treated as the first
  // path segment, so "../.." can climb up to it; it is put back at the end.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // The relative URL brings its own host part (in its path now): the source's auth goes.
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Relative path: drop the last segment of the source and append.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the source path.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    withPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    return finish(result);
  }

  // A path ending in '.', '..' or '' keeps a trailing slash.
  const last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = Boolean(((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '');

  let up = collapseDots(srcPath);
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || Boolean(srcPath[0] && srcPath[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  withPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

module.exports = {
  // Original API
  Url,
  parse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLPattern,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
