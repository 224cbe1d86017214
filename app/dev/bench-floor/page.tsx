import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";

import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { isBenchFloorEnabled } from "@/lib/bench/floor";

import { FloorButton } from "./floor-button";

export const metadata: Metadata = { title: "Bench floor", robots: { index: false } };

// Holds the bench's floor action (decision 0038); a 404 unless the server started with BENCH_FLOOR=1.
export default async function BenchFloorPage() {
  await connection();
  if (!isBenchFloorEnabled()) notFound();
  return (
    <main id="inhalt" className="py-10">
      <Container>
        <Heading>Bench floor</Heading>
        <FloorButton />
      </Container>
    </main>
  );
}
