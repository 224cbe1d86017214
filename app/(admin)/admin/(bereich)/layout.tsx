import type { ReactNode } from "react";

import { AdminShell } from "@/components/admin/admin-shell";
import { requireAdmin } from "@/lib/auth/guards";

// The layout guards the UI; every page, action and query below still checks for itself.
export default async function AdminAreaLayout({ children }: { children: ReactNode }) {
  const viewer = await requireAdmin();
  return <AdminShell viewer={viewer}>{children}</AdminShell>;
}
