// The app's HTTP server refuses a declared oversize body before Next reads it: 1 MB everywhere
// (Next's server action limit), the picture upload's limit on its routes only.
import { describe, expect, it } from "vitest";

import {
  bodyLimitFor,
  declaresOversizeBody,
  DEFAULT_REQUEST_BYTES,
  MAX_UPLOAD_BYTES,
  UPLOAD_REQUEST_BYTES,
} from "@/lib/body-limit.mjs";

describe("body limits", () => {
  it("allow the upload routes a picture and its fields, and every other path 1 MB", () => {
    expect(DEFAULT_REQUEST_BYTES).toBe(1024 * 1024);
    expect(UPLOAD_REQUEST_BYTES).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(bodyLimitFor("/api/admin/bilder/portraet")).toBe(UPLOAD_REQUEST_BYTES);
    expect(bodyLimitFor("/api/admin/bilder/kurse/0190b1a4-0000-7000-8000-000000000001")).toBe(UPLOAD_REQUEST_BYTES);
    for (const path of ["/", "/anfrage", "/de/anfrage", "/api/admin/rechnungen/export", "/api/admin/bilder"]) {
      expect(bodyLimitFor(path), path).toBe(DEFAULT_REQUEST_BYTES);
    }
  });

  it("refuse by the declared length, after resolving the path as Next does", () => {
    expect(declaresOversizeBody("/anfrage", String(1024 * 1024 + 1))).toBe(true);
    expect(declaresOversizeBody("/anfrage?kurs=x", String(1024 * 1024))).toBe(false);
    expect(declaresOversizeBody("/api/admin/bilder/portraet", String(5 * 1024 * 1024))).toBe(false);
    expect(declaresOversizeBody("/api/admin/bilder/portraet", String(UPLOAD_REQUEST_BYTES + 1))).toBe(true);
    expect(declaresOversizeBody("/api/admin/bilder/../../anfrage", String(5 * 1024 * 1024))).toBe(true);
    // No length (chunked): whoever reads the body counts it.
    expect(declaresOversizeBody("/anfrage", undefined)).toBe(false);
    expect(declaresOversizeBody("/anfrage", "")).toBe(false);
  });
});
