// What one connection, or one client address, can make the server hold. Node's own
// timeouts cover a request that arrives slowly, not a response that stops moving, and a
// connection may pipeline thousands of requests in one packet: answered side by side, a
// large script each, they held hundreds of megabytes for a client that read nothing.
import { resolveClientAddress } from '../../src/lib/security/client-address.js';

/**
 * The bucket a connection is counted in (its address, an IPv6 client's /64), or null for
 * a trusted proxy, whose connections carry many clients, and for an unusable peer.
 */
function bucketOf(socket, trustedProxies) {
  const direct = resolveClientAddress({ peer: socket.remoteAddress });
  if (!direct.ok) return null;
  // With no X-Forwarded-For, only a trusted proxy fails to resolve once proxies are known.
  if (
    trustedProxies.length > 0 &&
    !resolveClientAddress({ peer: socket.remoteAddress, trustedProxies }).ok
  ) {
    return null;
  }
  return direct.bucket;
}

/**
 * Bytes the kernel has taken from this socket so far, and bytes libuv still holds for it.
 * `bytesWritten` counts what is queued too, so the queue is taken off; libuv's own queue
 * shrinks as a slow reader takes a large write bit by bit.
 */
function progressOf(socket) {
  return {
    sent: socket.bytesWritten - socket.writableLength,
    queued: socket._handle?.writeQueueSize ?? 0,
  };
}

/**
 * Limits connections per client address (`perClient`; further ones are closed at once),
 * requests per connection, and cuts a connection whose pending response has not moved for
 * `stallMs`. Returns `inTurn`, through which every request must go, and `stop`.
 * @param {import('node:http').Server} server
 * @param {{ perClient: number, trustedProxies: readonly unknown[], stallMs: number, maxRequestsPerSocket: number, checkEveryMs?: number }} limits
 */
export function limitConnections(server, limits) {
  const { perClient, trustedProxies, stallMs, maxRequestsPerSocket, checkEveryMs = 1_000 } = limits;
  // Past it Node answers 503 with `Connection: close`, but keeps the connection open;
  // inTurn closes it once the last allowed response is out.
  server.maxRequestsPerSocket = maxRequestsPerSocket;
  /** Open connections by client bucket. */
  const open = new Map();
  /** Every open connection, with when its output last moved. */
  const watched = new Map();

  server.on('connection', (socket) => {
    const bucket = bucketOf(socket, trustedProxies);
    if (bucket !== null) {
      const count = open.get(bucket) ?? 0;
      if (count >= perClient) {
        socket.destroy();
        return;
      }
      open.set(bucket, count + 1);
      socket.once('close', () => {
        const left = (open.get(bucket) ?? 1) - 1;
        if (left > 0) open.set(bucket, left);
        else open.delete(bucket);
      });
    }
    watched.set(socket, { ...progressOf(socket), since: Date.now() });
    socket.once('close', () => watched.delete(socket));
  });

  const timer = setInterval(() => {
    const now = Date.now();
    for (const [socket, seen] of watched) {
      const { sent, queued } = progressOf(socket);
      const waiting = socket.writableLength > 0 || queued > 0;
      if (!waiting || sent > seen.sent || queued < seen.queued) {
        Object.assign(seen, { sent, queued, since: now });
      } else if (now - seen.since >= stallMs) {
        watched.delete(socket);
        socket.destroy();
      }
    }
  }, checkEveryMs);
  timer.unref();
  server.on('close', () => clearInterval(timer));
  return {
    inTurn: (req, res, handle) => inTurn(req, res, handle, maxRequestsPerSocket),
    stop: () => clearInterval(timer),
  };
}

/**
 * Per connection: whether a response is under way, the requests waiting their turn, and
 * how many it has been given.
 */
const lines = new WeakMap();

/**
 * Runs `handle` for this request only once every earlier request on its connection has
 * been answered and the connection's output has drained. Pipelined answers go out in order
 * anyway; handled side by side, each would be made (a file read, a page compressed) and
 * held in memory until the client read the ones before it. While requests wait, the
 * connection is not read from. After the connection's last allowed request, it is closed
 * once that answer is out.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} handle
 * @param {number} maxRequests
 */
function inTurn(req, res, handle, maxRequests) {
  const socket = req.socket;
  let line = lines.get(socket);
  if (line === undefined) {
    line = { busy: false, waiting: [], started: 0 };
    lines.set(socket, line);
    const dropped = line;
    socket.once('close', () => {
      dropped.waiting.length = 0;
    });
  }
  const current = line;
  const next = () => {
    if (socket.destroyed) {
      current.waiting.length = 0;
      return;
    }
    if (socket.writableNeedDrain) {
      socket.once('drain', next);
      return;
    }
    const turn = current.waiting.shift();
    if (turn === undefined) {
      current.busy = false;
      if (socket.isPaused()) socket.resume();
      return;
    }
    start(turn);
  };
  const start = (turn) => {
    current.busy = true;
    current.started += 1;
    const last = current.started >= maxRequests;
    turn.res.once('close', last ? () => socket.end() : next);
    turn.handle();
  };
  if (!current.busy) {
    start({ res, handle });
    return;
  }
  current.waiting.push({ res, handle });
  socket.pause();
}
