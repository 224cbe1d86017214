// The embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served over the wire
// protocol on a loopback port, so the app's ordinary pg / Prisma code talks to it unchanged.
import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

import { fixSocketQueue, socketQueueOf } from "./embedded-queue";

export type EmbeddedPostgres = {
  url: string;
  port: number;
  /** Absolute data folder, or null for an in-memory database. */
  dataDir: string | null;
  /** A gzipped tarball of the data folder, to start other instances from the same state. */
  dumpDataDir: () => Promise<Blob>;
  stop: () => Promise<void>;
};

type StartOptions = {
  /** Folder that persists the data; omit for an in-memory database (tests, tooling). */
  dataDir?: string;
  /** 0 or undefined picks a free loopback port. */
  port?: number;
  maxConnections?: number;
  /** Start from a tarball made by `dumpDataDir` (only for in-memory databases). */
  initialData?: Blob;
};

export class EmbeddedDatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is already in use by process ${pid}. ` +
        `Stop that process first, or give this one its own folder (EMBEDDED_DB_DIR) ` +
        `or a real server (DATABASE_URL).`,
    );
    this.name = "EmbeddedDatabaseInUseError";
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is a single-process database: a second process opening the same folder would corrupt
 * it. An exclusively created lock file holding the owner's pid guards the folder; a lock left
 * by a process that no longer runs is taken over.
 */
export async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isProcessAlive(owner)) {
        throw new EmbeddedDatabaseInUseError(dataDir, owner);
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database folder ${dataDir}`);
}

export async function startEmbeddedPostgres(options: StartOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : null;
  let releaseLock = async () => {};
  if (dataDir) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    releaseLock = await acquireLock(dataDir);
  }
  try {
    const db = dataDir
      ? await PGlite.create(dataDir)
      : await PGlite.create(options.initialData ? { loadDataDir: options.initialData } : {});
    const server = new PGLiteSocketServer({
      db,
      host: "127.0.0.1",
      port: options.port ?? 0,
      maxConnections: options.maxConnections ?? 32,
    });
    fixSocketQueue(socketQueueOf(server));
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      port,
      dataDir,
      dumpDataDir: () => db.dumpDataDir("gzip"),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}
