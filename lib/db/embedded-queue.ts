// pglite-socket serves many client connections from PGlite's single session. Its queue keeps a
// connection's messages together only inside an SQL transaction, so the messages of two
// extended-protocol queries (Parse, Bind, Describe, Execute ... Sync) interleave and one query
// binds against the other's unnamed statement ("bind message supplies 2 parameters, but prepared
// statement "" requires 3"), and one failing message stalls the queue for good. Upstream:
// electric-sql/pglite#1046 (open). This replaces the queue's scheduling on our server instance.

type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};

type PgliteSession = {
  isInTransaction: () => boolean;
  runExclusive: <T>(work: () => Promise<T>) => Promise<T>;
  execProtocolRawStream: (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }) => Promise<unknown>;
};

export type SocketQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PgliteSession;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

const SYNC = 0x53; // "S"
const TERMINATE = 0x58; // "X"
// Parse, Bind, Describe, Execute, Close, Flush: the backend keeps their state until Sync.
const EXTENDED_PROTOCOL = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

/**
 * The server's private queue, checked: a release of pglite-socket that renames or reshapes it
 * fails here, at start, rather than with interleaved queries later.
 */
export function socketQueueOf(server: object): SocketQueue {
  const queue: unknown = Reflect.get(server, "queryQueue");
  if (!isSocketQueue(queue))
    throw new Error("PGLiteSocketServer has no queryQueue of the known shape (pglite#1046 fix).");
  return queue;
}

function isSocketQueue(value: unknown): value is SocketQueue {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray(Reflect.get(value, "queue")) &&
    typeof Reflect.get(value, "processQueue") === "function" &&
    typeof Reflect.get(value, "clearQueueForHandler") === "function" &&
    typeof Reflect.get(value, "db") === "object"
  );
}

/** Pins the session to one connection from its first extended-protocol message until its Sync. */
export function fixSocketQueue(queue: SocketQueue): void {
  let batchOwner: number | null = null;

  const ownerNow = () =>
    queue.db.isInTransaction() && queue.lastHandlerId !== null ? queue.lastHandlerId : batchOwner;

  queue.processQueue = async function processQueue() {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = ownerNow();
        const index = owner === null ? 0 : queue.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet: enqueueing it restarts processing.
        const [item] = index === -1 ? [] : queue.queue.splice(index, 1);
        if (!item) break;
        const type = item.message[0];
        if (type !== undefined && EXTENDED_PROTOCOL.has(type)) batchOwner = item.handlerId;
        let bytes = 0;
        try {
          await queue.db.runExclusive(() =>
            queue.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          if (batchOwner === item.handlerId) batchOwner = null;
          item.reject(error);
          continue;
        }
        if ((type === SYNC || type === TERMINATE) && batchOwner === item.handlerId) batchOwner = null;
        queue.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    // A connection that went away mid-query must not keep the session pinned.
    if (batchOwner === handlerId) {
      batchOwner = null;
      void queue.processQueue();
    }
  };
}
