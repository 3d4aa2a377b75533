import type { LegalBlock, LegalDocument } from '@/lib/legal/legal-document';

// A legal page: its title and summary, a table of contents, then each section. Plain text throughout; readable on a
// phone (long words and cookie names wrap).

function Block({ block }: { block: LegalBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list':
      return (
        <ul className="list-disc space-y-1 pl-6">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="w-full table-fixed border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-ink">{block.caption}</caption>
          <thead>
            <tr>
              {block.head.map((heading) => (
                <th key={heading} scope="col" className="border-b border-line py-2 pr-3 align-bottom font-semibold text-ink">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.join('|')}>
                {row.map((cell, index) => (
                  <td key={index} className="border-b border-line py-2 pr-3 align-top break-words">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

export function LegalDocumentView({ document, contentsLabel }: { document: LegalDocument; contentsLabel: string }) {
  return (
    <article className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6 hyphens-auto break-words sm:px-6 sm:py-10">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-ink sm:text-4xl">{document.title}</h1>
        <p className="text-lg text-muted">{document.summary}</p>
      </header>
      <nav aria-label={contentsLabel} className="rounded-xl border border-line bg-white/60 p-4">
        <h2 className="font-semibold text-ink">{contentsLabel}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {document.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="rounded text-fjord underline-offset-4 hover:underline">
                {section.heading}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {document.sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="flex scroll-mt-4 flex-col gap-3 leading-relaxed">
          <h2 id={`${section.id}-heading`} className="text-xl font-semibold text-ink">
            {section.heading}
          </h2>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
