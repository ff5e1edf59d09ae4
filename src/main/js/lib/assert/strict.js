'use strict';

// node:assert/strict — the strict-mode variant of node:assert.
module.exports = require('assert').strict;
