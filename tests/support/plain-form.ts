// A form of the shop posted as a browser without JavaScript posts it: the page's HTML holds the server action's hidden
// fields (Next.js's no-JavaScript form), which go back with the form's own fields as multipart/form-data.

const entities: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const decode = (value: string) => value.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (entity) => entities[entity] ?? entity);

/** Posts the form of the page at `url` that holds an input named `field`, with `fields` filled in; returns the answer. */
export async function postPlainForm(url: string, field: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const page = await (await fetch(url, { headers })).text();
  const form = page.match(/<form\b[^>]*>[\s\S]*?<\/form>/g)?.find((each) => each.includes(`name="${field}"`));
  if (form === undefined) throw new Error(`no form with a field ${field} at ${url}`);
  const body = new FormData();
  for (const [, name = '', value = ''] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) body.append(decode(name), decode(value));
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return fetch(url, { method: 'POST', body, headers, redirect: 'manual' });
}
