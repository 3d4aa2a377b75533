import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneByteHtml, rewritePrerenderedPages } from '@/scripts/one-byte-html';

const pastLatin1 = /[^\u0000-\u00ff]/;

describe('oneByteHtml', () => {
  it('writes a character past U+00FF in text and attributes as a character reference', () => {
    expect(oneByteHtml('<p title="19,90 €">Find noget – så venter det</p>')).toBe(
      '<p title="19,90 &#x20ac;">Find noget &#x2013; så venter det</p>',
    );
  });

  it('leaves Latin-1 letters as they are', () => {
    expect(oneByteHtml('<h1>Blød æble-ø på hyldé</h1>')).toBe('<h1>Blød æble-ø på hyldé</h1>');
  });

  it('escapes the character inside a script, where a reference would not be read back', () => {
    expect(oneByteHtml('<script>self.__next_f.push([1,"19,90 €"])</script>')).toBe(
      '<script>self.__next_f.push([1,"19,90 \\u20ac"])</script>',
    );
  });

  it('escapes a character past U+FFFF as its two UTF-16 halves in a script and as one reference in markup', () => {
    const html = oneByteHtml('<p>🛒</p><script type="application/ld+json">{"name":"🛒"}</script>');
    expect(html).toBe('<p>&#x1f6d2;</p><script type="application/ld+json">{"name":"\\ud83d\\uded2"}</script>');
    expect(JSON.parse(html.slice(html.indexOf('{'), html.lastIndexOf('}') + 1))).toEqual({ name: '🛒' });
  });

  it("writes references in a script tag's attributes and escapes only its content", () => {
    expect(oneByteHtml('<script data-note="–">a="–"</script>')).toBe('<script data-note="&#x2013;">a="\\u2013"</script>');
  });

  it('knows an end tag with a space before its bracket', () => {
    expect(oneByteHtml('<script>a="–"</script ><p>–</p>')).toBe('<script>a="\\u2013"</script ><p>&#x2013;</p>');
  });

  it('leaves comments as they are, a script tag named in one included', () => {
    expect(oneByteHtml('<!-- <script> – --><p>–</p>')).toBe('<!-- <script> – --><p>&#x2013;</p>');
  });

  it('writes references in a title and a text area, which the browser reads back', () => {
    expect(oneByteHtml('<title>Krus – 19,90 €</title><textarea>–</textarea>')).toBe(
      '<title>Krus &#x2013; 19,90 &#x20ac;</title><textarea>&#x2013;</textarea>',
    );
  });

  it('leaves a stylesheet as it is', () => {
    expect(oneByteHtml('<style>.a::before{content:"–"}</style><p>–</p>')).toBe('<style>.a::before{content:"–"}</style><p>&#x2013;</p>');
  });

  it('gives a script the same string once it runs', () => {
    const script = oneByteHtml('<script>globalThis.text="Pris – 149,00 kr. · 19,90 €"</script>');
    expect(pastLatin1.test(script)).toBe(false);
    const body = script.replace(/^<script>|<\/script>$/g, '');
    expect(new Function(`${body}; return globalThis.text;`)()).toBe('Pris – 149,00 kr. · 19,90 €');
  });
});

describe('rewritePrerenderedPages', () => {
  it('rewrites the HTML files under the folder, however deep, and nothing else', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'one-byte-html-'));
    const page = path.join(folder, 'da-dk.html');
    const data = path.join(folder, 'da-dk.rsc');
    writeFileSync(page, '<p>–</p>');
    writeFileSync(data, '1:"–"');
    expect(rewritePrerenderedPages(folder)).toBe(1);
    expect(readFileSync(page, 'utf8')).toBe('<p>&#x2013;</p>');
    expect(readFileSync(data, 'utf8')).toBe('1:"–"');
    expect(rewritePrerenderedPages(folder)).toBe(0);
  });
});
