// The README's nginx block, run as written (TLS lines aside) in front of `npm start` with
// TRUSTED_PROXIES=127.0.0.1: what a client forges in X-Forwarded-For counts for nothing, and
// two clients at different addresses are counted apart. Skipped where nginx is not installed.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

import { actionId, startAppServer, type AppServer } from "../setup/app-server";
import { inquiryInput } from "../setup/inquiry-input";
import { freePort } from "../setup/jobs";
import { awayFromWindowEdge } from "../setup/rate-window";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));

/** The nginx block of the README, listening on a loopback port without TLS, proxying to `appPort`. */
async function readmeBlock(listenPort: number, appPort: number): Promise<string> {
  const readme = await readFile(path.join(process.cwd(), "README.md"), "utf8");
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no nginx block");
  return block
    .split("\n")
    .filter((line) => !line.includes("ssl_certificate"))
    .join("\n")
    .replace("listen 443 ssl;", `listen 127.0.0.1:${listenPort};`)
    .replace("proxy_pass http://127.0.0.1:3000;", `proxy_pass http://127.0.0.1:${appPort};`);
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket.end() && true));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on ${port}`);
}

let app: AppServer;
let nginx: ChildProcess;
let nginxPort = 0;
let dir = "";
let submitInquiry = "";

/** A server action call through nginx from a given local address (the client nginx sees). */
function submitThroughNginx(from: string, email: string, forgedFor: string): Promise<{ ok?: boolean; code?: string }> {
  const body = JSON.stringify([inquiryInput(email)]);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: nginxPort,
        localAddress: from,
        method: "POST",
        path: "/anfrage",
        headers: {
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          "next-action": submitInquiry,
          origin: `http://127.0.0.1:${nginxPort}`,
          "x-forwarded-for": forgedFor,
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += String(chunk)));
        response.on("end", () => {
          const line = text.split("\n").find((row) => row.startsWith("1:"));
          resolve(line ? JSON.parse(line.slice(2)) : { ok: false, code: `HTTP ${response.statusCode}` });
        });
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}

beforeAll(async () => {
  if (!NGINX) return;
  await seedDemoContent(getDb());
  const appPort = await freePort();
  nginxPort = await freePort();
  app = await startAppServer({
    port: appPort,
    databaseUrl: process.env.DATABASE_URL!,
    env: { TRUSTED_PROXIES: "127.0.0.1" },
  });
  submitInquiry = await actionId("submitInquiryAction", "lib/inquiries/actions.ts");
  await awayFromWindowEdge(60 * 60, 60);
  dir = await mkdtemp(path.join(os.tmpdir(), "anliegen-nginx-"));
  // nginx's workers may run as another user: they need to write request bodies here.
  await chmod(dir, 0o777);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${dir}/${kind};`)
    .join("\n");
  await writeFile(
    path.join(dir, "nginx.conf"),
    `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n${temp}\n${await readmeBlock(nginxPort, appPort)}\n}\n`,
  );
  nginx = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
  await waitForPort(nginxPort);
});

afterAll(async () => {
  nginx?.kill("SIGTERM");
  await app?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!NGINX)("the README's nginx block", () => {
  it("counts a client by the address nginx saw, whatever it forged, and two clients apart", async () => {
    const first: { ok?: boolean; code?: string }[] = [];
    for (let index = 1; index <= 6; index++) {
      first.push(await submitThroughNginx("127.0.0.2", `nginx${index}@amt.example`, `203.0.113.${index}`));
    }
    expect(first.map((result) => result.ok)).toEqual([true, true, true, true, true, false]);
    expect(first[5]).toMatchObject({ code: "RATE_LIMITED" });
    // Another client, forging the first one's address: counted on its own.
    expect(await submitThroughNginx("127.0.0.3", "nginx-other@amt.example", "127.0.0.2")).toMatchObject({ ok: true });
  });
});
