'use strict';

// node:os — facts about the machine and the current user. The numbers and strings come from
// internalBinding('os') (Java reading /proc, /sys, /etc/passwd and java.net); this file gives
// them Node's shapes, argument checks and errors.

const binding = internalBinding('os');
const { signals } = require('internal/process/signals');
const { validateInt32 } = require('internal/validators');
const {
  codes: { ERR_SYSTEM_ERROR, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

// Calls a binding method that reports failure through a context object, and throws Node's
// SystemError (ERR_SYSTEM_ERROR) when it failed.
function checked(method) {
  return function() {
    const ctx = {};
    const result = binding[method](ctx);
    if (result === undefined || result === null) throw new ERR_SYSTEM_ERROR(ctx);
    return result;
  };
}

// Lets `${os.hostname}` and +os.totalmem give the value, as in Node.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const getHostnameChecked = checked('getHostname');
const getHomeDirectoryChecked = checked('getHomeDirectory');
const getUptimeChecked = checked('getUptime');
const getInterfaceAddressesChecked = checked('getInterfaceAddresses');

let osInfo;
function osInformation() {
  if (osInfo === undefined) osInfo = binding.getOSInformation();
  return osInfo;
}

const arch = withPrimitive(function arch() {
  return process.arch;
});

const availableParallelism = withPrimitive(function availableParallelism() {
  return binding.getAvailableParallelism();
});

function cpus() {
  const flat = binding.getCPUs();
  const out = [];
  for (let i = 0; i + 6 < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: {
        user: flat[i + 2],
        nice: flat[i + 3],
        sys: flat[i + 4],
        idle: flat[i + 5],
        irq: flat[i + 6],
      },
    });
  }
  return out;
}

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
const endianness = withPrimitive(function endianness() {
  return kEndianness;
});

const freemem = withPrimitive(function freemem() {
  return binding.getFreeMem();
});

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined || priority === null) throw new ERR_SYSTEM_ERROR(ctx);
  return priority;
}

const homedir = withPrimitive(function homedir() {
  const home = process.env.HOME;
  if (typeof home === 'string' && home.length > 0) return home;
  return getHomeDirectoryChecked();
});

const hostname = withPrimitive(function hostname() {
  return getHostnameChecked();
});

function loadavg() {
  const l = binding.getLoadAvg();
  return [l[0], l[1], l[2]];
}

// The CIDR suffix of a netmask, or null when the mask's one bits are not contiguous.
function cidrSuffix(netmask, family) {
  const ipv4 = family === 'IPv4';
  const parts = netmask.split(ipv4 ? '.' : ':');
  let ones = 0;
  let sawZero = false;
  for (const part of parts) {
    if (part === '') {
      // '::' — the compressed run is all zeros.
      sawZero = true;
      continue;
    }
    let v = parseInt(part, ipv4 ? 10 : 16);
    for (let bit = ipv4 ? 7 : 15; bit >= 0; bit--) {
      if ((v >> bit) & 1) {
        if (sawZero) return null;
        ones++;
      } else {
        sawZero = true;
      }
    }
    v = 0;
  }
  return ones;
}

function networkInterfaces() {
  const flat = getInterfaceAddressesChecked();
  const result = {};
  for (let i = 0; i + 6 < flat.length; i += 7) {
    const name = flat[i];
    const address = flat[i + 1];
    const netmask = flat[i + 2];
    const family = flat[i + 3];
    const suffix = cidrSuffix(netmask, family);
    const entry = {
      address,
      netmask,
      family,
      mac: flat[i + 4],
      internal: flat[i + 5] === '1',
      cidr: suffix === null ? null : `${address}/${suffix}`,
    };
    if (family === 'IPv6') entry.scopeid = Number(flat[i + 6]);
    if (result[name] === undefined) result[name] = [];
    result[name].push(entry);
  }
  return result;
}

const platform = withPrimitive(function platform() {
  return process.platform;
});

const release = withPrimitive(function release() {
  return osInformation()[2];
});

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  const r = binding.setPriority(pid, priority, ctx);
  if (r === -1) {
    throw new ERR_NOT_IMPLEMENTED('os.setPriority() on a JVM without the foreign-function API (Java 22+)');
  }
  if (r === undefined || r === null) throw new ERR_SYSTEM_ERROR(ctx);
}

const tmpdir = withPrimitive(function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
});

const totalmem = withPrimitive(function totalmem() {
  return binding.getTotalMem();
});

const type = withPrimitive(function type() {
  return osInformation()[0];
});

let Buffer;
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  // Read the option before the lookup, so a throwing getter throws as in Node.
  const encoding = options == null ? undefined : options.encoding;
  const ctx = {};
  const info = binding.getUserInfo(ctx);
  if (info === undefined || info === null) throw new ERR_SYSTEM_ERROR(ctx);
  if (Buffer === undefined) Buffer = require('buffer').Buffer;
  // The strings are passwd bytes as Latin-1 code units.
  let convert;
  if (encoding === 'buffer') {
    convert = (s) => Buffer.from(s, 'latin1');
  } else {
    const enc = typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8';
    convert = (s) => Buffer.from(s, 'latin1').toString(enc);
  }
  return {
    __proto__: null,
    uid: Number(info[0]),
    gid: Number(info[1]),
    username: convert(info[2]),
    homedir: convert(info[3]),
    shell: convert(info[4]),
  };
}

const uptime = withPrimitive(function uptime() {
  return getUptimeChecked();
});

const version = withPrimitive(function version() {
  return osInformation()[1];
});

const machine = withPrimitive(function machine() {
  return osInformation()[3];
});

// ---- constants (Linux values) ----

const errno = {
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20,
  ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95,
  EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110,
  ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const priority = {
  __proto__: null,
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
};

const dlopen = {
  __proto__: null,
  RTLD_LAZY: 1,
  RTLD_NOW: 2,
  RTLD_GLOBAL: 256,
  RTLD_LOCAL: 0,
  RTLD_DEEPBIND: 8,
};

const constants = { __proto__: null };
Object.defineProperty(constants, 'UV_UDP_REUSEADDR', {
  value: 4, writable: false, enumerable: true, configurable: false,
});
constants.dlopen = dlopen;
constants.errno = errno;
constants.signals = signals;
constants.priority = priority;

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, writable: false, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
