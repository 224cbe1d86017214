// The HTTP answer carrying certificates: one participant's (?teilnehmer=N, 1-based in the list's
// order) or all of them in one file. Private, never cached: it names people.
import type { RunCertificates } from "./queries";
import { certificateFileName } from "./rules";

export async function certificatesResponse(run: RunCertificates, request: Request): Promise<Response> {
  const asked = new URL(request.url).searchParams.get("teilnehmer");
  const index = asked !== null && /^\d{1,4}$/.test(asked) ? Number(asked) - 1 : null;
  if (asked !== null && (index === null || !run.participants[index])) {
    return new Response("Diese Kursbestätigung gibt es nicht.", { status: 404 });
  }
  if (run.participants.length === 0) return new Response("Niemand hat an diesem Kurs teilgenommen.", { status: 404 });
  const chosen = index === null ? run.participants : [run.participants[index]!];
  const { renderCertificatesPdf } = await import("./pdf");
  const pdf = await renderCertificatesPdf(run, chosen);
  const filename = index === null ? "Kursbestaetigungen.pdf" : certificateFileName(chosen[0]!.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
