'use strict';
const u = require('internal/url');
module.exports = { URL: u.URL, URLSearchParams: u.URLSearchParams, domainToASCII: u.domainToASCII, domainToUnicode: u.domainToUnicode };
