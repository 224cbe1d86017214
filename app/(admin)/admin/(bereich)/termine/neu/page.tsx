import type { Metadata } from "next";

import { SessionForm } from "@/components/admin/booking/session-form";
import { Heading } from "@/components/ui/heading";
import { requireAdmin } from "@/lib/auth/guards";
import { createSessionAction } from "@/lib/booking/admin-actions";
import { listCoursesForSessions } from "@/lib/booking/admin-queries";

export const metadata: Metadata = { title: "Neuer Termin" };

export default async function NewSessionPage() {
  await requireAdmin();
  const courses = await listCoursesForSessions();
  return (
    <>
      <Heading className="mb-6">Neuer Kurstermin</Heading>
      <SessionForm courses={courses} action={createSessionAction} />
    </>
  );
}
