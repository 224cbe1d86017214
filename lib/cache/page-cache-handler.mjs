// Next's own file-system cache, plus two things.
// 1. Every cached page carries the Content-Security-Policy that allows exactly its inline scripts
//    (by SHA-256 hash). A nonce would force each page to be rendered per request; a hash is fixed
//    with the rendered document, so the page stays cached and still runs no injected inline
//    script. Decision 0014.
// 2. Several instances: each keeps its own cache, and an expired tag is announced to the others
//    through PostgreSQL (NOTIFY on the app's database), which expire it too. Decision 0015.
import { createHash, randomUUID } from "node:crypto";

import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import pg from "pg";

import { hashPolicyForHtml } from "../security/csp.mjs";

const BaseCache = FileSystemCache.default ?? FileSystemCache;
const CSP = "content-security-policy";
const TAGS_HEADER = "x-next-cache-tags";
export const CHANNEL = "anliegen_cache_tags";
const INSTANCE = randomUUID();

/** A strong ETag of the page's HTML, computed once per entry (decision 0039). */
export const etagForHtml = (html) => `"${createHash("sha256").update(html, "utf8").digest("base64url").slice(0, 27)}"`;

/**
 * Adds the policy and the ETag to a cached page entry in place (Next serves `headers` with the
 * page), once per entry: Next's own ETag would hash the whole HTML on every request.
 */
export function withContentSecurityPolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  if (value.headers?.[CSP] && value.headers.etag) return value;
  value.headers = { ...value.headers, [CSP]: hashPolicyForHtml(value.html), etag: etagForHtml(value.html) };
  return value;
}

// Tags this process has seen on cached entries: after a lost connection, when announcements may
// have been missed, all of them are expired once (a few pages render again; none stays stale).
const seenTags = new Set();

function rememberTags(value) {
  const tags = value?.kind === "FETCH" ? value.tags : value?.headers?.[TAGS_HEADER]?.split(",");
  for (const tag of tags ?? []) if (tag) seenTags.add(tag);
}

const expireLocally = (tags, durations) => BaseCache.prototype.revalidateTag.call(null, tags, durations);

const shared = { listener: null, publisher: null, lost: false };

function databaseUrl() {
  if (process.env.NEXT_PHASE === "phase-production-build") return undefined;
  return process.env.DATABASE_URL || undefined;
}

/** Listens for other instances' announcements; reconnects after the database restarts. */
function listen() {
  const url = databaseUrl();
  if (!url || shared.listener) return;
  const client = new pg.Client({ connectionString: url });
  shared.listener = client;
  const retry = () => {
    if (shared.listener !== client) return;
    shared.listener = null;
    shared.lost = true;
    client.end().catch(() => {});
    setTimeout(listen, 1000).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    try {
      const { origin, tags, durations } = JSON.parse(message.payload ?? "{}");
      if (origin !== INSTANCE && Array.isArray(tags)) void expireLocally(tags, durations ?? undefined);
    } catch {
      // not ours
    }
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      if (shared.lost && seenTags.size > 0) void expireLocally([...seenTags], undefined);
      shared.lost = false;
    })
    .catch(retry);
}

async function announce(tags, durations) {
  const url = databaseUrl();
  if (!url) return;
  if (!shared.publisher) {
    shared.publisher = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 3000 });
    shared.publisher.on("error", () => {});
  }
  try {
    await shared.publisher.query("SELECT pg_notify($1, $2)", [
      CHANNEL,
      JSON.stringify({ origin: INSTANCE, tags, durations: durations ?? null }),
    ]);
  } catch {
    // The database is away: the others expire everything they hold once they reconnect.
  }
}

export default class PageCacheHandler extends BaseCache {
  constructor(context) {
    super(context);
    listen();
  }

  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) {
      withContentSecurityPolicy(entry.value);
      rememberTags(entry.value);
    }
    return entry;
  }

  async set(key, data, ctx) {
    // The same object is served as the response of the render that produced it.
    withContentSecurityPolicy(data);
    rememberTags(data);
    return super.set(key, data, ctx);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await announce(typeof tags === "string" ? [tags] : tags, durations);
  }
}
