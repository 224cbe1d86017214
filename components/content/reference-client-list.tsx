import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { referenceGroupLabels } from "@/lib/labels";

type ReferenceClient = { name: string; kind: OrganisationKind; description?: string };

/**
 * Reference clients grouped as the consultant groups them (federal offices, "kantonale Stellen"),
 * each by the name he gives it; no label per entry, so nothing is called what it is not.
 */
export function ReferenceClientList({ clients }: { clients: ReferenceClient[] }) {
  const groups = new Map<OrganisationKind, ReferenceClient[]>();
  for (const client of clients) groups.set(client.kind, [...(groups.get(client.kind) ?? []), client]);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {[...groups].map(([kind, members]) => (
        <div key={kind}>
          <h3 className="text-lg font-bold text-brand-dark">{referenceGroupLabels[kind]}</h3>
          <ul className="mt-2 space-y-2">
            {members.map((client) => (
              <li key={client.name} className="rounded-md border border-line bg-white px-4 py-3">
                <span className="font-semibold">{client.name}</span>
                {client.description ? <span className="block text-sm">{client.description}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
