// A fully static page of a given size, the yardstick for the shop's prerendered pages: /21966 is about 21,966 bytes of
// HTML. The sizes come from REFERENCE_PAGE_BYTES at build time (bench/support/reference-site.ts sets it).

/** What Next.js adds to any page (head, scripts, the inline RSC payload's frame), measured once on this build. */
const SHELL_BYTES = 5030;
const sentence = 'Reference text of a static page, the same size as the page it is compared with. ';

export const dynamicParams = false;

export function generateStaticParams() {
  return (process.env.REFERENCE_PAGE_BYTES ?? '').split(',').filter(Boolean).map((bytes) => ({ bytes }));
}

export default async function ReferencePage({ params }: { params: Promise<{ bytes: string }> }) {
  // The text is in the page twice, as HTML and in the inline RSC payload.
  const length = Math.max(0, Math.floor((Number((await params).bytes) - SHELL_BYTES) / 2));
  return (
    <main>
      <h1>Reference page</h1>
      <p>{sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length)}</p>
    </main>
  );
}
