// The hosted Checkout page's HTML: the merchant, the order's lines and total in the session's currency and language,
// MobilePay as the one way to pay (a plain form), a link back to the shop; and the pages for a session that is
// complete or expired. Landmarks, headings, labels and the page's language are there for screen readers and axe.
import type Stripe from 'stripe';
import { escapeHtml, page } from './html';
import { checkoutText, type PageLanguage } from './checkout-text';

export type CheckoutView = {
  session: Stripe.Checkout.Session;
  lineItems: Stripe.LineItem[];
  language: PageLanguage;
  merchantName: string;
  /** Where the Pay form posts. */
  action: string;
  /** The error to show above the Pay button: the last attempt failed, or the e-mail address given was not one. */
  error: 'failed' | 'emailInvalid' | null;
};

function money(amount: number, currency: string, language: PageLanguage): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
}

function backLink(url: string | null, label: string): string {
  return url ? `<p><a class="button secondary" href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>` : '';
}

function orderTable(view: CheckoutView): string {
  const text = checkoutText[view.language];
  const currency = view.session.currency ?? '';
  const rows = view.lineItems
    .map(
      (item) =>
        `<tr><td class="wrap">${escapeHtml(item.description ?? '')}</td><td class="number">${item.quantity ?? 1}</td>` +
        `<td class="number">${escapeHtml(money(item.amount_total, item.currency, view.language))}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="order-heading">
<h2 id="order-heading">${escapeHtml(text.order)}</h2>
<table>
<thead><tr><th scope="col">${escapeHtml(text.item)}</th><th scope="col" class="number">${escapeHtml(text.quantity)}</th><th scope="col" class="number">${escapeHtml(text.amount)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="2">${escapeHtml(text.total)}</th><td class="number" id="total">${escapeHtml(money(view.session.amount_total ?? 0, currency, view.language))}</td></tr></tfoot>
</table>
</section>`;
}

function payForm(view: CheckoutView): string {
  const text = checkoutText[view.language];
  const email = view.session.customer_email
    ? ''
    : `<label for="email">${escapeHtml(text.email)}</label>
<input id="email" name="email" type="email" autocomplete="email" required${view.error === 'emailInvalid' ? ' aria-invalid="true" aria-describedby="checkout-error"' : ''}>`;
  return `<form method="post" action="${escapeHtml(view.action)}">
${email}${email ? '\n' : ''}<button type="submit" name="action" value="pay">${escapeHtml(text.pay)}</button>
</form>`;
}

/** The open session's page: what is bought, what it costs, Pay with MobilePay, Back. */
export function checkoutPage(view: CheckoutView): string {
  const text = checkoutText[view.language];
  const error = view.error ? `<p class="notice bad" role="alert" id="checkout-error">${escapeHtml(text[view.error])}</p>` : '';
  return page({
    title: text.pageTitle(view.merchantName),
    lang: view.language,
    mainClass: 'narrow',
    body: `<p class="badge">${escapeHtml(text.testMode)}</p>
<h1>${escapeHtml(view.merchantName)}</h1>
<p class="amount">${escapeHtml(money(view.session.amount_total ?? 0, view.session.currency ?? '', view.language))}</p>
${orderTable(view)}
<section aria-labelledby="pay-heading">
<h2 id="pay-heading">MobilePay</h2>
<p>${escapeHtml(text.payWith)}</p>
${error}${error ? '\n' : ''}${payForm(view)}
</section>
${backLink(view.session.cancel_url, text.back)}`,
  });
}

/** A session that can no longer be paid: complete (with a way on to the shop) or expired (with the way back). */
export function closedCheckoutPage(view: Omit<CheckoutView, 'action' | 'error' | 'lineItems'> & { successUrl: string | null; justPaid: boolean }): string {
  const text = checkoutText[view.language];
  const complete = view.session.status === 'complete';
  const heading = complete ? text.completeTitle : text.expiredTitle;
  const message = complete ? (view.justPaid ? text.complete : text.alreadyComplete) : text.expired;
  const onward = complete ? backLink(view.successUrl, text.continue) : backLink(view.session.cancel_url, text.back);
  return page({
    title: `${heading} · ${view.merchantName}`,
    lang: view.language,
    mainClass: 'narrow',
    body: `<p class="badge">${escapeHtml(text.testMode)}</p>
<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(view.merchantName)}</p>
<p>${escapeHtml(message)}</p>
${onward}`,
  });
}
