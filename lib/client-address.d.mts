import type { BlockList } from "node:net";

export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "cidrs"; list: BlockList };

export const CLIENT_HEADER: "x-anliegen-client";
export function normaliseAddress(raw: unknown): string | null;
export function parseTrustedProxies(value: string | undefined | null): TrustedProxies;
export function resolveClientAddress(input: {
  peer: string | undefined;
  forwardedFor: string | undefined;
  trusted: TrustedProxies;
}): string;
