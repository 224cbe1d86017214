export const MAX_UPLOAD_BYTES: number;
export const UPLOAD_REQUEST_BYTES: number;
export const DEFAULT_REQUEST_BYTES: number;
export const UPLOAD_PATH_PREFIX: "/api/admin/bilder/";
export function bodyLimitFor(pathname: string): number;
export function declaresOversizeBody(url: string | undefined, contentLength: string | undefined): boolean;
