import { expect, test } from "@playwright/test";

test("the health route reports database and mail worker for a load balancer, with a request id", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const report = await response.json();
  expect(report).toMatchObject({ status: "ok", database: { ok: true }, mail: { worker: "running", overdue: 0 } });

  const traced = await request.get("/api/health", { headers: { "x-request-id": "lb-probe-00001234" } });
  expect(traced.headers()["x-request-id"]).toBe("lb-probe-00001234");
});
