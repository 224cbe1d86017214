import type { Metadata } from "next";

import { SessionForm } from "@/components/admin/booking/session-form";
import { requireAdmin } from "@/lib/auth/guards";
import { createSessionAction } from "@/lib/booking/admin-actions";
import { listCoursesForSessions } from "@/lib/booking/admin-queries";

export const metadata: Metadata = { title: "Neuer Termin" };

export default async function NewSessionPage() {
  await requireAdmin();
  const courses = await listCoursesForSessions();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-brand-dark">Neuer Kurstermin</h1>
      <SessionForm courses={courses} action={createSessionAction} />
    </>
  );
}
