import type { LegalBlock, LegalSection } from '@/lib/legal/legal-document';

// The building blocks every language's legal documents are written with (lib/legal/content/da.ts, fi.ts, en.ts).

export const paragraph = (text: string): LegalBlock => ({ kind: 'paragraph', text });
export const list = (items: string[]): LegalBlock => ({ kind: 'list', items });
export const section = (id: string, heading: string, ...blocks: LegalBlock[]): LegalSection => ({ id, heading, blocks });
