// The app's HTTP server: Next.js in-process under node:http, so the socket's peer address is
// known. `npm run dev` / `npm start` run it through scripts/serve.ts (`node scripts/http-server.mjs
// dev|start`) after the database is ready. Every request gets the client's address in one header,
// computed here from the socket and TRUSTED_PROXIES; whatever a client sent in that header is
// dropped first, so the app (lib/request.ts) can read it without doubting it. Decision 0018.
import { createServer } from "node:http";

import next from "next";

import { declaresOversizeBody } from "../lib/body-limit.mjs";
import { CLIENT_HEADER, parseTrustedProxies, resolveClientAddress } from "../lib/client-address.mjs";
import { sendCachedPagesCheaply } from "../lib/http/whole-body.mjs";

const dev = process.argv[2] !== "start";
const port = Number.parseInt(process.env.PORT || "3000", 10);
// Unset: every interface, as `next start` does. Behind a proxy on the same machine: 127.0.0.1.
const listenAddress = process.env.LISTEN_ADDRESS || undefined;

let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const app = next({ dev, hostname: listenAddress ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (declaresOversizeBody(request.url, request.headers["content-length"])) {
    // Refused before Next reads (and its proxy copies) any of it; the connection closes, so the
    // rest of the body is never read.
    response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
    response.end("Die Anfrage ist zu gross.");
    return;
  }
  delete request.headers[CLIENT_HEADER];
  request.headers[CLIENT_HEADER] = resolveClientAddress({
    peer: request.socket.remoteAddress,
    forwardedFor: request.headers["x-forwarded-for"],
    trusted,
  });
  // Cached pages go out as bytes encoded once, with 304 for their ETag (decision 0039).
  sendCachedPagesCheaply(request, response);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

server.listen(port, listenAddress, () => {
  const shown = listenAddress && listenAddress !== "0.0.0.0" ? listenAddress : "localhost";
  console.log(`> Ready on http://${shown}:${port} (${dev ? "development" : "production"})`);
});

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  server.close();
  // Next's close ends the in-app worker and page-cache listeners (instrumentation.ts).
  app
    .close()
    .catch(() => {})
    .finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
