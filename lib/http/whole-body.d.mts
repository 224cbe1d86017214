import type { IncomingMessage, ServerResponse } from "node:http";

export function encodedBody(text: string): Buffer;
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: unknown): boolean;
export function sendCachedPagesCheaply(request: IncomingMessage, response: ServerResponse): void;
