// Preload (NODE_OPTIONS=--require …/loopback.cjs): keep a Node program on this machine.
// Every net.Server (so http, https and WebSocket servers too) that would listen on all interfaces - no host given,
// or 0.0.0.0 / :: - listens on 127.0.0.1 instead. Unix sockets, handles and explicit hosts are left alone.
// infra/local/run uses it for the Microsoft 365 Agents Playground, which binds every interface by default.
// (Keep this file free of fs calls: in Node 20, fs.fstatSync(0) in a preload broke a symlinked main script.)
'use strict';

const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const WILDCARDS = new Set(['', '0.0.0.0', '::', '[::]', '::0', '0:0:0:0:0:0:0:0']);
const isWildcard = (host) => host === undefined || host === null || WILDCARDS.has(String(host));
const isPort = (value) => value === undefined || value === null || typeof value === 'number' ||
  (typeof value === 'string' && /^\d+$/.test(value));

const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;

  if (args.length === 0 || typeof first === 'function') {
    // listen() / listen(callback): a random port on all interfaces.
    return listen.call(this, 0, LOOPBACK, ...args);
  }

  if (typeof first === 'object' && first !== null) {
    // listen(options[, callback]); a handle ({ _handle } or { fd }) or a Unix socket path stays as it is.
    const isHandle = '_handle' in first || (first.fd !== undefined && first.port === undefined);
    if (!isHandle && first.path === undefined && isWildcard(first.host)) {
      args[0] = { ...first, host: LOOPBACK };
    }
    return listen.apply(this, args);
  }

  if (isPort(first)) {
    // listen(port[, host][, backlog][, callback])
    if (typeof args[1] === 'string' || ((args[1] === undefined || args[1] === null) && args.length > 1)) {
      if (isWildcard(args[1])) {
        args[1] = LOOPBACK;
      }
    } else {
      args.splice(1, 0, LOOPBACK);
    }
    return listen.apply(this, args);
  }

  // listen(path[, backlog][, callback]): a Unix socket or named pipe.
  return listen.apply(this, args);
};
