'use strict';

// The global `navigator` (Node 21+): a Navigator with facts about this process. The Web Locks
// API (`navigator.locks`) is not built: its LockManager's methods throw ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const kInternal = Symbol('kInternal');

class LockManager {
  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async request() {
    throw new ERR_NOT_IMPLEMENTED('navigator.locks.request()');
  }

  async query() {
    throw new ERR_NOT_IMPLEMENTED('navigator.locks.query()');
  }
}
Object.defineProperty(LockManager.prototype, Symbol.toStringTag, { value: 'LockManager', configurable: true });

// process.arch as the platform string browsers use after the OS name
const archNames = { x64: 'x86_64', ia32: 'x86', arm64: 'aarch64', arm: 'armv7l' };
const osNames = { linux: 'Linux', darwin: 'MacIntel', win32: 'Win32', freebsd: 'FreeBSD', openbsd: 'OpenBSD' };

class Navigator {
  #locks;
  #languages;

  constructor(token) {
    if (token !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    return require('os').availableParallelism();
  }

  get locks() {
    this.#locks ??= new LockManager(kInternal);
    return this.#locks;
  }

  get language() {
    return new Intl.Collator().resolvedOptions().locale || 'en-US';
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    return `Node.js/${process.versions.node.split('.')[0]}`;
  }

  get platform() {
    const os = osNames[process.platform] ?? process.platform;
    return process.platform === 'linux' ? `${os} ${archNames[process.arch] ?? process.arch}` : os;
  }
}
Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: 'Navigator', configurable: true });

let navigator;
function getNavigator() {
  navigator ??= new Navigator(kInternal);
  return navigator;
}

module.exports = { LockManager, Navigator, getNavigator };
