import type { Metadata } from "next";

import { CreateUserForm, UserRowActions } from "@/components/admin/users/user-forms";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import { createAdminUserAction, updateAdminUserAction } from "@/lib/auth/admin-actions";
import { listAdminUsers } from "@/lib/auth/admin-queries";
import { userRoleLabels } from "@/lib/auth/admin-schemas";
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
        <Table
          caption="Konten der Verwaltung"
          columns={["Name", "Rolle", "Letzte Anmeldung", "Aktionen"]}
          className="mt-6"
        >
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableCell>
                <span className="font-semibold">{user.name ?? user.email}</span>
                <span className="block text-sm text-muted">
                  {`${user.email}${user.hasPassword ? " · mit Passwort" : " · nur Anmeldelink"}${user.active ? "" : " · deaktiviert"}`}
                </span>
              </TableCell>
              <TableCell>{userRoleLabels[user.role]}</TableCell>
              <TableCell>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "noch nie"}</TableCell>
              <TableCell>
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
              </TableCell>
            </TableRow>
          ))}
        </Table>
      </div>
      <TitledSection id="neu-titel" title="Neues Konto" className="space-y-4">
        <CreateUserForm action={createAdminUserAction} />
      </TitledSection>
    </div>
  );
}
