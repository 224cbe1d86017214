export function createNonce(): string;
export function contentSecurityPolicy(options: {
  scriptSources: string[];
  strictDynamic?: boolean;
  dev?: boolean;
}): string;
export function noncePolicy(nonce: string, dev?: boolean): string;
export function inlineScriptHashes(html: string): string[];
export function hashPolicyForHtml(html: string): string;
