// The matcher syntax of proxy.ts, compiled as Next compiles it (Next bundles the library untyped).
declare module "next/dist/compiled/path-to-regexp" {
  export function pathToRegexp(path: string): RegExp;
}
