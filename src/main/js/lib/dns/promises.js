'use strict';

// node:dns/promises is dns.promises.
module.exports = require('internal/dns/promises');
