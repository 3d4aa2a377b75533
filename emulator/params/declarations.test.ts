// declarations.json is generated from stripe-node's types (generate.ts) and committed; it must be what the script
// writes now, so the emulator's parameters follow the installed SDK.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declarationsPath, generateDeclarations, serializeDeclarations } from './generate';
import { servedParams } from './served';

describe('declarations.json', () => {
  const generated = generateDeclarations();

  it('is what generate.ts writes from the installed stripe-node (run `npx tsx emulator/params/generate.ts` if not)', () => {
    expect(readFileSync(declarationsPath, 'utf8')).toBe(serializeDeclarations(generated));
  });

  it('holds every served …Params declaration', () => {
    for (const { name } of servedParams) expect(generated.types[name]?.type, name).toBe('object');
  });

  it('knows the version stripe-node pins and the account default among the real ones', () => {
    expect(generated.latestApiVersion).toBe('2026-10-28.endive');
    expect(generated.apiVersions).toEqual(expect.arrayContaining(['2025-09-30.clover', '2026-10-28.endive']));
  });
});
