import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { InquiryLink } from "@/components/admin/inquiries/inquiry-link";
import { DesignerForm } from "@/components/proposals/designer-form";
import { SessionsForm } from "@/components/proposals/sessions-form";
import { RolePlaySituations } from "@/components/registration/role-play-situations";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { formatChf, formatDate, formatDateTime, formatLongDate, formatTime, pluralText } from "@/lib/format";
import { inquiryStatusLabels } from "@/lib/inquiries/rules";
import { challengeLabels, courseFormatLabels } from "@/lib/labels";
import {
  createDesignAction,
  createSessionsAction,
  previewProposalAction,
  revokePortalAction,
  saveDesignAction,
  sendProposalAction,
} from "@/lib/proposals/admin-actions";
import { getDesigner } from "@/lib/proposals/admin-queries";
import { designFormValues } from "@/lib/proposals/form-values";
import { proposalStatusLabels } from "@/lib/proposals/labels";
import { clientWords } from "@/lib/proposals/prefill";
import { SENDABLE_INQUIRY_STATES } from "@/lib/proposals/rules";
import { getRolePlaySituations } from "@/lib/registration/participants-admin-queries";

export const metadata: Metadata = { title: "Kurskonzept und Offerte" };

export default async function DesignerPage({ params }: { params: Promise<{ reference: string }> }) {
  await requireAdmin();
  const { reference } = await params;
  const data = await getDesigner(decodeURIComponent(reference));
  if (!data) notFound();
  const { inquiry } = data;
  const base = `/admin/anfragen/${inquiry.reference}/konzept`;
  const accepted = data.design ? data.proposals.find((proposal) => proposal.status === "ACCEPTED") : undefined;
  const situations = (data.sessions?.length ?? 0) > 0 ? await getRolePlaySituations(inquiry.id) : null;
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p className="text-muted">
          <InquiryLink reference={inquiry.reference} />
          {` · ${inquiryStatusLabels[inquiry.status]}`}
        </p>
        <Heading>{`Kurskonzept für ${inquiry.organisationName}`}</Heading>
        <p>
          {[
            inquiry.department,
            `${inquiry.contactName} <${inquiry.email}>`,
            inquiry.participants ? `${inquiry.participants} Teilnehmende` : null,
            inquiry.format ? courseFormatLabels[inquiry.format] : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {inquiry.challenges.length > 0 ? (
          <p>{`Herausforderungen: ${inquiry.challenges.map((challenge) => challengeLabels[challenge]).join(", ")}`}</p>
        ) : null}
      </div>

      {data.design === null ? (
        <TitledSection id="neu-titel" title="Noch kein Konzept" className="max-w-2xl space-y-4">
          {inquiry.kind === "LEADERSHIP" ? (
            <p>
              Das Konzept übernimmt die Antworten der Anfrage zur Führungskultur: Grösse des Teams und wer teilnimmt.
              Ziele und Programm stellen Sie selbst zusammen; Kursinhalte zu Kundenkontakten schlägt es nicht vor.
            </p>
          ) : (
            <p>
              Das Konzept übernimmt Herausforderungen, gewünschte Ziele und Module, Format und Teilnehmerzahl der
              Anfrage. Wo die Anfrage keine Ziele oder Module nennt, schlägt es passende aus der Bibliothek vor.
            </p>
          )}
          <ActionButton
            layout="block"
            pendingLabel="Wird erstellt …"
            successMessage="Erledigt."
            action={createDesignAction.bind(null, { inquiryId: inquiry.id })}
          >
            Konzept erstellen
          </ActionButton>
        </TitledSection>
      ) : (
        <>
          <TitledSection id="versionen-titel" title="Versionen" className="space-y-4">
            <p>
              <Link href={`${base}/vorschau`} className="font-semibold text-brand underline">
                Vorschau des Entwurfs
              </Link>
              {data.unsentChanges ? " · Der Entwurf enthält Änderungen, die noch nicht gesendet sind." : null}
            </p>
            {data.proposals.length === 0 ? (
              <p>Noch keine Offerte gesendet.</p>
            ) : (
              <>
                <Table
                  caption="Gesendete Versionen der Offerte"
                  columns={["Version", "Gesendet", "Status", "Total inkl. MWST", "Dokumente"]}
                >
                  {data.proposals.map((proposal) => (
                    <TableRow key={proposal.id}>
                      <TableCell>{`Version ${proposal.version}`}</TableCell>
                      <TableCell>{proposal.sentAt ? formatDateTime(proposal.sentAt) : "–"}</TableCell>
                      <TableCell>
                        {proposalStatusLabels[proposal.status]}
                        {proposal.status === "ACCEPTED" && proposal.respondedAt ? (
                          <span className="block text-sm">{`von ${proposal.acceptedByName} (${proposal.acceptedByRole}), ${formatDateTime(proposal.respondedAt)}`}</span>
                        ) : null}
                        {proposal.changeRequest ? (
                          <span className="block whitespace-pre-line text-sm">{`«${proposal.changeRequest}»`}</span>
                        ) : null}
                        <span className="block text-sm text-muted">{`gültig bis ${formatDate(proposal.validUntil)}`}</span>
                      </TableCell>
                      <TableCell className="tabular-nums">{formatChf(proposal.totalCents)}</TableCell>
                      <TableCell>
                        <Link href={`${base}/versionen/${proposal.version}`} className="text-brand underline">
                          {`Version ${proposal.version} ansehen`}
                        </Link>
                        <a href={`/api/admin/angebote/${proposal.id}/pdf`} className="block text-brand underline">
                          {`PDF Version ${proposal.version}`}
                        </a>
                      </TableCell>
                    </TableRow>
                  ))}
                </Table>
                <form action={`${base}/vergleich`} className="flex flex-wrap items-end gap-3">
                  <div>
                    <label htmlFor="von" className="block font-semibold">
                      Vergleichen von
                    </label>
                    <select
                      id="von"
                      name="von"
                      className="mt-1 rounded-md border border-muted bg-white px-3 py-2"
                      defaultValue={data.proposals[0]?.version}
                    >
                      {data.proposals.map((proposal) => (
                        <option key={proposal.version} value={proposal.version}>{`Version ${proposal.version}`}</option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor="zu" className="block font-semibold">
                      mit
                    </label>
                    <select
                      id="zu"
                      name="zu"
                      className="mt-1 rounded-md border border-muted bg-white px-3 py-2"
                      defaultValue="entwurf"
                    >
                      <option value="entwurf">Entwurf</option>
                      {data.proposals.map((proposal) => (
                        <option key={proposal.version} value={proposal.version}>{`Version ${proposal.version}`}</option>
                      ))}
                    </select>
                  </div>
                  <Button type="submit" variant="secondary">
                    Vergleichen
                  </Button>
                </form>
                {data.openLinks > 0 ? (
                  <div className="space-y-2">
                    <p>{`${pluralText(data.openLinks, "Link zum Kundenportal ist", "Links zum Kundenportal sind")} gültig.`}</p>
                    <ActionButton
                      layout="block"
                      variant="secondary"
                      pendingLabel="Wird gesperrt …"
                      successMessage="Erledigt."
                      action={revokePortalAction.bind(null, { inquiryId: inquiry.id })}
                    >
                      Links zum Kundenportal sperren
                    </ActionButton>
                  </div>
                ) : null}
              </>
            )}
          </TitledSection>
          {accepted ? (
            <TitledSection id="termine-titel" title="Kurstermine" className="space-y-4">
              {data.sessions.length > 0 ? (
                <ul className="space-y-1">
                  {data.sessions.map((session) => (
                    <li key={session.id}>
                      <Link href={`/admin/termine/${session.id}`} className="text-brand underline">
                        {`${formatLongDate(session.startsAt)}, ${formatTime(session.startsAt)}–${formatTime(session.endsAt)} Uhr, ${session.location}`}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <>
                  <p>{`Version ${accepted.version} ist angenommen. Erfassen Sie die Kurstermine mit den Zeiten des Programms.`}</p>
                  <SessionsForm
                    inquiryId={inquiry.id}
                    days={accepted.snapshot.agenda.map(({ day, start, end }) => ({ day, start, end }))}
                    courses={data.courses}
                    courseId={inquiry.courseId ?? data.courses[0]?.id ?? ""}
                    location={accepted.snapshot.logistics.venue}
                    capacity={accepted.snapshot.logistics.participants ?? 12}
                    action={createSessionsAction}
                  />
                </>
              )}
            </TitledSection>
          ) : null}
          <div className={situations ? "grid gap-8 xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start" : ""}>
            <DesignerForm
              defaultValues={designFormValues(data.design)}
              library={data.library}
              vatRateBasisPoints={data.design.vatRateBasisPoints}
              recipient={inquiry.email}
              inquiryMessage={clientWords(inquiry)}
              canSend={SENDABLE_INQUIRY_STATES.includes(inquiry.status)}
              save={saveDesignAction}
              preview={previewProposalAction}
              send={sendProposalAction}
            />
            {situations ? (
              <RolePlaySituations groups={situations.groups} participants={situations.participants} />
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
