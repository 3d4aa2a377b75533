// The build's last step for the prerendered pages (scripts/build.ts). Next.js reads each page's HTML file into a
// string and, on every request, hashes it for the ETag, measures it and writes it out. A JavaScript string with one
// character past U+00FF in it (an en dash, the euro sign) is held as UTF-16 and so is re-encoded each time; one without
// is a one-byte string, and those steps are a copy. So each such character is written as a reference the browser reads
// back as the same character: `&#x20ac;` in markup (attributes, titles and text areas included), `\u20ac` inside a
// script. Next.js's inline scripts are JSON inside JavaScript strings, where such a character never follows a
// backslash, so the escape reads back as the character. Comments and stylesheets are left as they are: the page stays
// correct, only not one-byte.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const untouched = /^<!--|^<style/i;
const rawText = /(<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>)/gi;
const pastLatin1 = /[^\u0000-\u00ff]/gu;
const pastLatin1CodeUnit = /[^\u0000-\u00ff]/g;

const inMarkup = (markup: string) => markup.replace(pastLatin1, (character) => `&#x${character.codePointAt(0)?.toString(16)};`);
// One UTF-16 unit at a time: a character past U+FFFF becomes its two escaped halves.
const inScript = (code: string) => code.replace(pastLatin1CodeUnit, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A script element's start tag (markup), its code, and its end tag. */
function rewriteScript(element: string): string {
  const codeStart = element.indexOf('>') + 1;
  const codeEnd = element.lastIndexOf('</');
  return inMarkup(element.slice(0, codeStart)) + inScript(element.slice(codeStart, codeEnd)) + element.slice(codeEnd);
}

/** The same document, with every character past U+00FF outside comments and stylesheets written as a reference. */
export function oneByteHtml(html: string): string {
  return html
    .split(rawText)
    .map((part, index) => (index % 2 === 0 ? inMarkup(part) : untouched.test(part) ? part : rewriteScript(part)))
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
