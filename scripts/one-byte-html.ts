// The build's last step for the prerendered pages (scripts/build.ts). Next.js reads each page's HTML file into a
// string and, on every request, hashes it for the ETag, measures it and writes it out. A JavaScript string with one
// character past U+00FF in it (an en dash, the euro sign) is held as UTF-16 and so is re-encoded each time; one without
// is a one-byte string, and those steps are a copy. So each such character is written as a reference the browser reads
// back as the same character: `&#x20ac;` in markup, `\u20ac` inside a script (Next.js's inline page data and the JSON in
// it). A stylesheet is left as it is: the page stays correct, only not one-byte.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const rawText = /(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)/gi;
const pastLatin1 = /[^\u0000-\u00ff]/gu;
const pastLatin1CodeUnit = /[^\u0000-\u00ff]/g;

const scriptEscape = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
const characterReference = (character: string) => `&#x${(character.codePointAt(0) ?? 0).toString(16)};`;

/** The same document, with every character past U+00FF outside stylesheets written as a reference to it. */
export function oneByteHtml(html: string): string {
  return html
    .split(rawText)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(pastLatin1, characterReference);
      // A script's characters one UTF-16 unit at a time: a character past U+FFFF becomes its two escaped halves.
      return /^<script/i.test(part) ? part.replace(pastLatin1CodeUnit, scriptEscape) : part;
    })
    .join('');
}

function htmlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Rewrites the prerendered pages under `appFolder` (.next/server/app); returns how many changed. */
export function rewritePrerenderedPages(appFolder: string): number {
  let changed = 0;
  for (const file of htmlFilesUnder(appFolder)) {
    const html = readFileSync(file, 'utf8');
    const rewritten = oneByteHtml(html);
    if (rewritten === html) continue;
    writeFileSync(file, rewritten);
    changed++;
  }
  return changed;
}
