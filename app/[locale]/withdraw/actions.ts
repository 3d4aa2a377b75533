'use server';

import type { WithdrawState } from '@/app/[locale]/withdraw/withdraw-state';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { done, refused, stateOf } from '@/lib/forms/form-state';
import { parseForm } from '@/lib/forms/validated-action';
import { formLocale } from '@/lib/i18n/form-locale';
import { formatMarketTime } from '@/lib/i18n/market-time';
import { translate } from '@/lib/i18n/translator';
import { recordWithdrawal } from '@/lib/orders/store/withdrawals';
import { withdrawalDetails } from '@/lib/orders/withdrawal';
import { limitRequest } from '@/lib/rate-limit';
import { errorMessage } from '@/lib/error-message';

// The withdrawal function (Consumer Rights Directive Art. 11a): the shopper gives the order number, the order's e-mail
// address and their name (step "review"), sees them again and confirms with "Confirm withdrawal here" (step
// "confirm"), or goes back to change them ("change"). The confirmation is answered the same whether or not such an
// order exists, so a stranger learns nothing; a real, eligible order records the withdrawal and queues its
// acknowledgement once (lib/orders/store/withdrawals.ts). A plain form post works the same without JavaScript.

export async function withdraw(_previous: WithdrawState, form: FormData): Promise<WithdrawState> {
  const locale = formLocale(form);
  const parsed = parseForm(withdrawalDetails, form, locale, { invalid: 'legal.withdraw.invalid' });
  if (parsed.kind === 'invalid') return { step: 'details', form: parsed.state };
  const details = parsed.input;
  const values = { orderNumber: details.orderNumber, email: details.email, name: details.name };
  const step = form.get('step');
  if (step === 'change') return { step: 'details', form: stateOf(done(''), values) };
  if (step !== 'confirm') return { step: 'confirm', form: stateOf(done(''), values) };

  const traderEmail = env.trader.email;
  const limit = await limitRequest('withdrawal');
  if (limit.kind !== 'allowed') {
    const key = limit.kind === 'limited' ? 'legal.withdraw.tooMany' : 'legal.withdraw.busy';
    return { step: 'confirm', form: stateOf(refused(translate(locale, { key, values: { traderEmail } })), values) };
  }
  const now = new Date();
  try {
    await recordWithdrawal(await getDb(), details, now);
  } catch (error) {
    console.error(`A withdrawal could not be recorded: ${errorMessage(error)}`);
    return { step: 'confirm', form: stateOf(refused(translate(locale, { key: 'legal.withdraw.busy', values: { traderEmail } })), values) };
  }
  const received = formatMarketTime(locale, now.toISOString());
  const message = translate(locale, { key: 'legal.withdraw.received', values: { received, email: details.email, traderEmail } });
  return { step: 'received', form: stateOf(done(message), values) };
}
