import { describe, expect, it } from 'vitest';
import { escapeHtml, page } from './html';

describe('escapeHtml', () => {
  it('escapes the characters that could open markup or close an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('leaves other text, including non-ASCII, unchanged', () => {
    expect(escapeHtml('Kaffe æøå — 1.099,00 kr.')).toBe('Kaffe æøå — 1.099,00 kr.');
  });
});

describe('page', () => {
  it('is a complete document with a viewport for phones and inline styles', () => {
    const html = page({ title: 'Dashboard', body: '<p>hello</p>' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).toContain('<main>\n<p>hello</p>\n</main>');
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('is in English unless given its language, which goes on the html element', () => {
    expect(page({ title: 'x', body: '' })).toContain('<html lang="en">');
    expect(page({ title: 'x', body: '', lang: 'fi' })).toContain('<html lang="fi">');
  });

  it('escapes the title', () => {
    expect(page({ title: 'A <b> & "c"', body: '' })).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
  });
});
