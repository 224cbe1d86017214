import { describe, expect, it } from "vitest";

import { normaliseAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/client-address.mjs";

const none = parseTrustedProxies("");

describe("normaliseAddress", () => {
  it("reduces socket and header spellings to a plain IP", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normaliseAddress("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("::1")).toBe("::1");
  });

  it("refuses what is not an address", () => {
    expect(normaliseAddress("evil.example")).toBeNull();
    expect(normaliseAddress("unknown")).toBeNull();
    expect(normaliseAddress("999.1.1.1")).toBeNull();
    expect(normaliseAddress(undefined)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("trusts nobody when unset, empty or 0", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ kind: "none" });
    expect(parseTrustedProxies("  ")).toEqual({ kind: "none" });
    expect(parseTrustedProxies("0")).toEqual({ kind: "none" });
  });

  it("reads a whole number as a hop count", () => {
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
  });

  it("reads addresses and CIDR ranges of both families", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8, ::1");
    expect(trusted.kind).toBe("cidrs");
    if (trusted.kind !== "cidrs") return;
    expect(trusted.list.check("10.200.3.4", "ipv4")).toBe(true);
    expect(trusted.list.check("11.0.0.1", "ipv4")).toBe(false);
    expect(trusted.list.check("127.0.0.1", "ipv4")).toBe(true);
    expect(trusted.list.check("127.0.0.2", "ipv4")).toBe(false);
    expect(trusted.list.check("fd12::5", "ipv6")).toBe(true);
    expect(trusted.list.check("::1", "ipv6")).toBe(true);
  });

  it("stops on anything else instead of guessing", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "::1/129", "10.0.0.0/8/1", "1.2.3.4,", "-1", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe("resolveClientAddress", () => {
  it("takes the socket's peer by default, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ peer: "::ffff:198.51.100.9", forwardedFor: "1.2.3.4", trusted: none })).toBe(
      "198.51.100.9",
    );
    expect(resolveClientAddress({ peer: undefined, forwardedFor: "1.2.3.4", trusted: none })).toBe("unknown");
  });

  it("with one trusted hop takes the right-most entry, the one the proxy added", () => {
    const trusted = parseTrustedProxies("1");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.7", trusted })).toBe(
      "203.0.113.7",
    );
    // No header at all: the peer is the client.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: undefined, trusted })).toBe("127.0.0.1");
  });

  it("with two hops skips the inner proxy's entry", () => {
    const trusted = parseTrustedProxies("2");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.1", trusted })).toBe(
      "203.0.113.7",
    );
  });

  it("with CIDRs takes the right-most address that is not a trusted proxy", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "6.6.6.6, 203.0.113.7, 10.1.2.3", trusted })).toBe(
      "203.0.113.7",
    );
    // A client talking to the app directly is not a trusted proxy: its header counts for nothing.
    expect(resolveClientAddress({ peer: "198.51.100.9", forwardedFor: "6.6.6.6", trusted })).toBe("198.51.100.9");
    // Everything trusted: the left-most is as far as anyone can see.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "10.9.9.9", trusted })).toBe("10.9.9.9");
  });

  it("gives up on garbage a trusted proxy passed on", () => {
    const trusted = parseTrustedProxies("127.0.0.1");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "1.2.3.4, evil", trusted })).toBe("unknown");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "evil", trusted: parseTrustedProxies("1") })).toBe(
      "unknown",
    );
  });
});
