'use strict';

// The http server's book of connections, for headersTimeout / requestTimeout and for
// closeIdleConnections(). A connection is "active" from the first byte of a request until that
// request has been received completely.

class ConnectionsList {
  constructor() {
    this._map = new Map(); // socket -> record
  }

  push(parser, socket) {
    this._map.set(socket, { socket, parser, active: false, start: 0, headersDone: false, req: null });
  }

  remove(socket) {
    this._map.delete(socket);
  }

  // Bytes arrived: a request begins unless one is already being received.
  dataArrived(socket) {
    const c = this._map.get(socket);
    if (c === undefined) return;
    if (!c.active || (c.req !== null && c.req.complete)) {
      c.active = true;
      c.start = Date.now();
      c.headersDone = false;
      c.req = null;
    }
  }

  headersDone(socket, req) {
    const c = this._map.get(socket);
    if (c === undefined) return;
    c.headersDone = true;
    c.req = req;
  }

  idleSince(socket) {
    const c = this._map.get(socket);
    if (c !== undefined && c.req !== null && c.req.complete) c.active = false;
  }

  all() {
    return [...this._map.values()];
  }

  idle() {
    return this.all().filter((c) => !c.active || (c.req !== null && c.req.complete));
  }

  // The connections whose request head (or whole request) took too long.
  expired(headersTimeout, requestTimeout) {
    const now = Date.now();
    const out = [];
    for (const c of this._map.values()) {
      if (!c.active) continue;
      if (c.req !== null && c.req.complete) {
        c.active = false;
        continue;
      }
      const age = now - c.start;
      if ((!c.headersDone && headersTimeout > 0 && age > headersTimeout) ||
          (requestTimeout > 0 && age > requestTimeout)) {
        c.active = false;
        out.push(c);
      }
    }
    return out;
  }
}

module.exports = { ConnectionsList };
