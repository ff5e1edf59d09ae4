'use strict';

// The global console. It is made on first use and writes to process.stdout / process.stderr as
// they are at each call, so it works before and after the streams are replaced.

const { createGlobalConsole } = require('internal/console/constructor');

module.exports = createGlobalConsole();
