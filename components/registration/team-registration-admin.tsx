import { ActionButton } from "@/components/ui/action-button";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import { formatDateTime } from "@/lib/format";
import { renewRegistrationLinkAction, revokeRegistrationLinkAction } from "@/lib/registration/admin-actions";
import type { AdminTeamRegistrationView } from "@/lib/registration/admin-queries";

const SOURCE_LABELS = { LINK: "Anmeldelink", PORTAL: "Kundenportal", ADMIN: "Admin" } as const;

/** The engagement's team registration in the inquiry detail: the link, the seats and the team (decision 0031). */
export function TeamRegistrationAdmin({ inquiryId, view }: { inquiryId: string; view: AdminTeamRegistrationView }) {
  if (!view.hasSessions && view.people.length === 0) return null;
  return (
    <TitledSection id="teamanmeldung-titel" title="Anmeldung des Teams" className="space-y-4">
      {view.url ? (
        <div className="space-y-2">
          <p>
            Anmeldelink (einmal für alle Kurstage; die Kontaktperson findet ihn im Kundenportal und in der Mail mit den
            Terminen):
          </p>
          <p className="rounded-md border border-line bg-white p-3 font-mono text-sm break-all" id="anmeldelink">
            {view.url}
          </p>
        </div>
      ) : (
        <p>Es gibt keinen gültigen Anmeldelink. Ein neuer Link ersetzt einen gesperrten.</p>
      )}
      <div className="flex flex-wrap gap-4">
        <ActionButton
          variant="secondary"
          action={renewRegistrationLinkAction.bind(null, { inquiryId })}
          pendingLabel="Wird erneuert …"
          layout="block"
          confirm={
            view.url
              ? {
                  title: "Anmeldelink erneuern?",
                  question: "Der bisherige Link öffnet danach nichts mehr. Die Kontaktperson braucht den neuen Link.",
                  confirmLabel: "Neuen Link erstellen",
                }
              : undefined
          }
        >
          {view.url ? "Link erneuern" : "Neuen Link erstellen"}
        </ActionButton>
        {view.url ? (
          <ActionButton
            variant="danger-link"
            action={revokeRegistrationLinkAction.bind(null, { inquiryId })}
            pendingLabel="Wird gesperrt …"
            layout="block"
            confirm={{
              title: "Anmeldelink sperren?",
              question: "Über den Link kann sich danach niemand mehr anmelden. Bestehende Anmeldungen bleiben.",
              confirmLabel: "Link sperren",
            }}
          >
            Link sperren
          </ActionButton>
        ) : null}
      </div>
      {view.seatsLabel ? (
        <p className="font-semibold">{`${view.registered} von ${view.capacity} Plätzen belegt. ${view.seatsLabel}`}</p>
      ) : null}
      {view.people.length > 0 ? (
        <Table caption="Angemeldete Teilnehmende" columns={["Name", "Funktion", "Status", "Über", "Angemeldet"]}>
          {view.people.map((person) => (
            <TableRow key={person.id}>
              <TableCell rowHeader>
                {person.name}
                <span className="block text-sm text-muted">{person.email}</span>
              </TableCell>
              <TableCell>{person.function || "–"}</TableCell>
              <TableCell>
                {person.status === "REGISTERED" ? "Angemeldet" : `Warteliste, Stelle ${person.waitlistPosition}`}
              </TableCell>
              <TableCell>{SOURCE_LABELS[person.source]}</TableCell>
              <TableCell>{formatDateTime(person.createdAt)}</TableCell>
            </TableRow>
          ))}
        </Table>
      ) : (
        <p className="text-muted">Noch niemand angemeldet.</p>
      )}
    </TitledSection>
  );
}
