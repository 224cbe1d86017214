import { describe, expect, it } from "vitest";

import { fixSocketQueue, type SocketQueue } from "@/lib/db/embedded-queue";

// The socket server hands each connection's next protocol message to the queue only after the
// previous one was answered, so at most one message per connection waits at a time.
function fakeQueue(inTransaction = () => false) {
  const executed: string[] = [];
  const queue: SocketQueue = {
    queue: [],
    processing: false,
    lastHandlerId: null,
    db: {
      isInTransaction: inTransaction,
      runExclusive: (work) => work(),
      execProtocolRawStream: async (message, { onRawData }) => {
        const [type, handler] = Array.from(message);
        if (String.fromCharCode(type!) === "!") throw new Error("PGlite failed");
        executed.push(`${handler}:${String.fromCharCode(type!)}`);
        onRawData(new Uint8Array([1]));
      },
    },
    processQueue: async () => {},
    clearQueueForHandler(handlerId) {
      this.queue = this.queue.filter((item) => item.handlerId !== handlerId);
    },
  };
  fixSocketQueue(queue);
  const send = (handlerId: number, type: string) =>
    new Promise<number>((resolve, reject) => {
      queue.queue.push({
        handlerId,
        message: new Uint8Array([type.charCodeAt(0), handlerId]),
        resolve,
        reject,
        onData: () => {},
      });
      void queue.processQueue();
    });
  return { queue, executed, send };
}

describe("embedded socket queue", () => {
  it("keeps one connection's Parse ... Sync together while another connection waits", async () => {
    const { executed, send } = fakeQueue();
    await send(1, "P");
    const other = send(2, "P"); // waits: connection 1 is between Parse and Sync
    await Promise.resolve();
    expect(executed).toEqual(["1:P"]);
    for (const type of ["B", "D", "E", "S"]) await send(1, type);
    await other;
    expect(executed).toEqual(["1:P", "1:B", "1:D", "1:E", "1:S", "2:P"]);
  });

  it("lets simple queries of other connections run between batches", async () => {
    const { executed, send } = fakeQueue();
    await Promise.all([send(1, "Q"), send(2, "Q")]);
    expect(executed).toEqual(["1:Q", "2:Q"]);
  });

  it("goes on after a failing message instead of stalling every connection", async () => {
    const { executed, send } = fakeQueue();
    await expect(send(1, "!")).rejects.toThrow("PGlite failed");
    await send(2, "Q");
    expect(executed).toEqual(["2:Q"]);
  });

  it("releases the session when a connection goes away in the middle of a batch", async () => {
    const { queue, executed, send } = fakeQueue();
    await send(1, "P");
    const other = send(2, "Q");
    queue.clearQueueForHandler(1);
    await other;
    expect(executed).toEqual(["1:P", "2:Q"]);
  });
});
