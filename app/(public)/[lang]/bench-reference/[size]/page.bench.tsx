import type { Metadata } from "next";

import { Container } from "@/components/ui/container";

// The benchmark's reference (docs/decisions/0016): a page prerendered at `next build`, in the same
// segment and layouts, behind the same rewrite, proxy.ts and headers as the public pages, padded to
// a given size.
// `npm run bench` compares each cached public page with the reference closest to its HTML size.
// The `.bench.tsx` extension makes it a route only in builds with BENCH_REFERENCE=1
// (next.config.ts pageExtensions); a normal build does not contain it.
export const dynamic = "force-static";
export const dynamicParams = false;

export const metadata: Metadata = { title: "Referenzseite", robots: { index: false, follow: false } };

/** Target sizes of the whole HTML document in kB, 2 kB apart. */
const SIZES_KB = Array.from({ length: 56 }, (_, index) => 20 + index * 2);

// The [lang] layout generates nothing, so this page names its language itself.
export function generateStaticParams(): { lang: string; size: string }[] {
  return SIZES_KB.map((size) => ({ lang: "de", size: String(size) }));
}

const SENTENCE =
  "Eine Kundin ruft an, weil ihr Antrag seit Wochen liegt; die Mitarbeiterin hört zu, fasst zusammen und sagt, was als Nächstes geschieht. ";

export default async function BenchReferencePage({ params }: { params: Promise<{ size: string }> }) {
  const sizeKb = Number((await params).size);
  // The text appears twice in the document (HTML and the inline React payload); the layouts take
  // about 12 kB. The benchmark measures the real sizes and picks the closest.
  const characters = Math.max(0, (sizeKb - 12) * 512);
  const paragraphs = Array.from({ length: Math.ceil(characters / (SENTENCE.length * 4)) }, (_, index) => (
    <p key={index}>{SENTENCE.repeat(4)}</p>
  ));
  return (
    <Container className="py-12">
      <h1>Referenzseite</h1>
      {paragraphs}
    </Container>
  );
}
