'use strict';

// fs.glob / fs.globSync are not implemented in jnode yet.

const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function globSync() {
  throw new ERR_NOT_IMPLEMENTED('fs.glob()');
}

module.exports = { globSync };
