import type { Metadata } from "next";

import { TableHead } from "@/components/admin/table-head";
import { CreateUserForm, UserRowActions } from "@/components/admin/users/user-forms";
import { Heading } from "@/components/ui/heading";
import { createAdminUserAction, updateAdminUserAction } from "@/lib/auth/admin-users-actions";
import { listAdminUsers } from "@/lib/auth/admin-users-queries";
import { userRoleLabels } from "@/lib/auth/admin-users-schemas";
import { requireOwner } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Benutzer" };

export default async function AdminUsersPage() {
  const viewer = await requireOwner();
  const users = await listAdminUsers();
  return (
    <div className="space-y-10">
      <div>
        <Heading>Benutzer</Heading>
        <table className="mt-6 w-full border-collapse bg-white text-left">
          <TableHead caption="Konten der Verwaltung" columns={["Name", "Rolle", "Letzte Anmeldung", "Aktionen"]} />
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-line align-top">
                <td className="p-2">
                  <span className="font-semibold">{user.name ?? user.email}</span>
                  <span className="block text-sm text-muted">
                    {`${user.email}${user.hasPassword ? " · mit Passwort" : " · nur Anmeldelink"}${user.active ? "" : " · deaktiviert"}`}
                  </span>
                </td>
                <td className="p-2">{userRoleLabels[user.role]}</td>
                <td className="p-2">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "noch nie"}</td>
                <td className="p-2">
                  {user.id === viewer.id ? (
                    <span className="text-muted">Ihr Konto</span>
                  ) : (
                    <UserRowActions
                      id={user.id}
                      label={user.name ?? user.email}
                      role={user.role}
                      active={user.active}
                      action={updateAdminUserAction}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="neu-titel" className="space-y-4">
        <h2 id="neu-titel" className="text-2xl font-bold text-brand-dark">
          Neues Konto
        </h2>
        <CreateUserForm action={createAdminUserAction} />
      </section>
    </div>
  );
}
