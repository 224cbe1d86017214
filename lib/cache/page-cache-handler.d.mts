export const CHANNEL: string;
export function withContentSecurityPolicy<T>(value: T): T;
export default class PageCacheHandler {}
