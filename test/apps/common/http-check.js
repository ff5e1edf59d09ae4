'use strict';
// Shared by the apps' test.js files (test/apps/run.sh copies it next to each app): one HTTP
// request to 127.0.0.1, its answer as { status, headers, text }.
const http = require('http');

function request(port, method, path, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = (r) => JSON.parse(r.text);

module.exports = { json, request };
