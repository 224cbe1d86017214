import type { OrganisationKind } from "@/lib/generated/prisma/enums";
import { organisationKindLabels } from "@/lib/labels";

type ReferenceClient = { name: string; kind: OrganisationKind; description?: string };

export function ReferenceClientList({ clients }: { clients: ReferenceClient[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {clients.map((client) => (
        <li key={client.name} className="rounded-md border border-line bg-white px-4 py-3">
          <span className="font-semibold">{client.name}</span>
          <span className="block text-sm text-muted">{organisationKindLabels[client.kind]}</span>
          {client.description ? <span className="block text-sm">{client.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}
