// Stands in for the "server-only" package in Node scripts and tests, which are server code by
// definition. Next resolves the real package, which fails any client bundle that imports it.
export {};
