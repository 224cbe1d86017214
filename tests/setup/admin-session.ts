// Stand-ins for what an admin action reaches outside the database, for integration tests that
// call actions directly: who is signed in, and Next's cache (whose tags an action revalidates).
// A test file mocks the modules with these, then sets `signedIn.userId` and reads `cache.tags`:
//   vi.mock("@/lib/auth/session", async () => (await import("../setup/admin-session")).sessionModule);
//   vi.mock("next/cache", async () => (await import("../setup/admin-session")).cacheModule);

export const signedIn = { userId: null as string | null };

export const cache = { tags: [] as string[] };

export const sessionModule = { readSessionUserId: async () => signedIn.userId };

export const cacheModule = {
  revalidatePath: () => undefined,
  revalidateTag: (tag: string) => cache.tags.push(tag),
  // Reads go straight to the database: what is cached is the query's business, not these tests'.
  unstable_cache: (run: () => unknown) => run,
};
