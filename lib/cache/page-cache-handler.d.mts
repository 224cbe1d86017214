export const CHANNEL: string;
export function withContentSecurityPolicy<T>(value: T): T;
export function etagForHtml(html: string): string;
export default class PageCacheHandler {}
