// The emulator's HTML pages (dashboard, MobilePay test page, hosted Checkout page) are plain server-rendered
// documents that work without JavaScript and fit a phone screen. Everything interpolated into them goes through
// escapeHtml.

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

const styles = `
  :root { color-scheme: light dark; --fg: #1a1f36; --muted: #697386; --line: #e3e8ee; --bg: #f6f9fc; --card: #fff;
    --accent: #635bff; --on-accent: #fff; --ok: #0e6245; --ok-bg: #cbf4c9; --bad: #a41c4e; --bad-bg: #fde2dd; --warn: #983705;
    --warn-bg: #fcedb9; }
  @media (prefers-color-scheme: dark) {
    :root { --fg: #e6e9ef; --muted: #9aa4b5; --line: #2f3747; --bg: #10141c; --card: #181d27; --accent: #8b85ff; --on-accent: #10141c; }
  }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--bg); color: var(--fg);
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
  h1 { font-size: 1.5rem; margin: 0.5rem 0 1rem; }
  h2 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
  section > h2:first-child { margin-top: 0; }
  p { margin: 0.5rem 0; }
  a { color: var(--accent); }
  section, .card { background: var(--card); border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem; margin: 0 0 1rem; }
  .muted { color: var(--muted); }
  .table-scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
  th, td { text-align: left; padding: 0.375rem 0.5rem; border-bottom: 1px solid var(--line); white-space: nowrap; }
  th { color: var(--muted); font-weight: 600; }
  td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
  code { font: 0.875em ui-monospace, SFMono-Regular, Menlo, monospace; }
  .amount { font-size: 2rem; font-weight: 700; margin: 0.25rem 0 0.75rem; font-variant-numeric: tabular-nums; }
  .badge { display: inline-block; padding: 0 0.5rem; border-radius: 1rem; font-size: 0.8125rem; background: var(--line); color: var(--fg); }
  .badge.ok { background: var(--ok-bg); color: var(--ok); }
  .badge.bad { background: var(--bad-bg); color: var(--bad); }
  .badge.warn { background: var(--warn-bg); color: var(--warn); }
  form { margin: 0; }
  button, .button { display: block; width: 100%; min-height: 3rem; margin: 0.75rem 0; padding: 0.75rem 1rem; border: 0;
    border-radius: 0.5rem; background: var(--accent); color: var(--on-accent); font: inherit; font-weight: 600; text-align: center;
    text-decoration: none; cursor: pointer; }
  button.secondary, .button.secondary { background: transparent; color: var(--fg); border: 1px solid var(--line); }
  button:focus-visible, .button:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .narrow { max-width: 32rem; }
  .notice { border-radius: 0.5rem; padding: 0.75rem 1rem; margin: 0.75rem 0; }
  .notice.bad { background: var(--bad-bg); color: var(--bad); }
  label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  input { display: block; width: 100%; min-height: 3rem; padding: 0.5rem 0.75rem; border: 1px solid var(--muted);
    border-radius: 0.5rem; background: var(--card); color: var(--fg); font: inherit; }
  tfoot th, tfoot td { font-weight: 700; border-bottom: 0; }
  td.wrap, th.wrap { white-space: normal; }
`;

/**
 * A complete HTML document: `title` is text (escaped here), `body` is HTML the caller built with escapeHtml, `lang`
 * the page's language (English unless said). The body is wrapped in <main>; the inline stylesheet gives sections,
 * tables, badges, notices, form fields and full-width buttons.
 */
export function page({ title, body, lang = 'en', mainClass }: { title: string; body: string; lang?: string; mainClass?: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<main${mainClass ? ` class="${escapeHtml(mainClass)}"` : ''}>
${body}
</main>
</body>
</html>
`;
}
