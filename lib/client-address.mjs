// Who is the client? The one rule, shared by the app's HTTP server (scripts/http-server.mjs, which
// computes the address from the socket) and its tests. Plain JavaScript because that server runs
// in plain Node, before Next loads. Decision 0018.
//
// By default the client is the socket's peer: whatever X-Forwarded-For says was written by the
// client itself. Only when TRUSTED_PROXIES names the proxies in front do forwarded entries count,
// and then only those a trusted proxy added: walking from the socket leftwards through
// X-Forwarded-For, the first address that is not a trusted proxy is the client.
import { BlockList, isIP } from "node:net";

/** The request header through which the server hands the client's address to the app. */
export const CLIENT_HEADER = "x-anliegen-client";

const UNKNOWN = "unknown";

/**
 * An address as written in a socket or an X-Forwarded-For entry, reduced to a plain IP:
 * IPv4-mapped IPv6 ("::ffff:10.0.0.1") becomes IPv4, brackets and ports go. Null if not an IP.
 */
export function normaliseAddress(raw) {
  if (typeof raw !== "string") return null;
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
  if (v4WithPort) text = v4WithPort[1];
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1];
  return isIP(text) ? text.toLowerCase() : null;
}

/**
 * Parses TRUSTED_PROXIES: empty for none (the default), a whole number for that many proxy hops,
 * or a comma-separated list of addresses and CIDR ranges ("127.0.0.1, 10.0.0.0/8, ::1").
 * Throws on anything else, so a typo stops the start instead of trusting nobody (or everybody).
 */
export function parseTrustedProxies(value) {
  const text = (value ?? "").trim();
  if (!text) return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? { kind: "none" } : { kind: "hops", hops };
  }
  const list = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim())) {
    const [address, prefix, extra] = entry.split("/");
    const ip = normaliseAddress(address);
    const family = ip ? (isIP(ip) === 6 ? "ipv6" : "ipv4") : null;
    const bits = prefix === undefined ? (family === "ipv6" ? 128 : 32) : Number(prefix);
    const maxBits = family === "ipv6" ? 128 : 32;
    if (!ip || !family || extra !== undefined || !/^\d+$/.test(String(bits)) || bits > maxBits) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an address or CIDR range (e.g. 127.0.0.1, 10.0.0.0/8, ::1) and the whole value is not a hop count.`,
      );
    }
    list.addSubnet(ip, bits, family);
  }
  return { kind: "cidrs", list };
}

function isTrusted(address, trusted) {
  return trusted.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address for one request. `forwardedFor` is the X-Forwarded-For header as Node
 * gives it (several headers joined with ", "), or undefined.
 */
export function resolveClientAddress({ peer, forwardedFor, trusted }) {
  const peerAddress = normaliseAddress(peer) ?? UNKNOWN;
  if (trusted.kind === "none" || peerAddress === UNKNOWN) return peerAddress;
  // Nearest first: the socket's peer, then X-Forwarded-For from right to left.
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
  if (trusted.kind === "hops") {
    // `hops` proxies in front: the peer is the last of them, each one appended what it saw.
    const entry = forwarded[Math.min(trusted.hops, forwarded.length) - 1];
    if (entry === undefined) return peerAddress;
    return normaliseAddress(entry) ?? UNKNOWN;
  }
  let current = peerAddress;
  for (const entry of forwarded) {
    if (!isTrusted(current, trusted)) return current;
    const next = normaliseAddress(entry);
    // A trusted proxy passed on something that is not an address: nobody can say who sent it.
    if (!next) return UNKNOWN;
    current = next;
  }
  return current;
}
