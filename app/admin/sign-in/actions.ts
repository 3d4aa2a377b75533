'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { dashboardOpen, endAdminSession, SIGN_IN_PATH, startAdminSession } from '@/lib/admin/session';
import { passwordMatches } from '@/lib/admin/session-token';
import { env } from '@/lib/env';
import { refused as refusedAnswer, stateOf, type FormState } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { clearSignInAttempts, limitRequest } from '@/lib/rate-limit';

const text = merchantText.admin;

const signInForm = z.object({ password: z.string().max(1000) });

/** The forms' state (lib/forms/form-state.ts), with no values: the password is never sent back. */
const refused = (error: string): FormState => stateOf(refusedAnswer(error));

/**
 * Checks the dashboard password. Every attempt is counted per client address before the password is compared
 * (lib/rate-limit), and a right password clears the count: after too many wrong ones, that address waits; other
 * addresses, the merchant's among them, are not affected. Works as a plain form post.
 */
export async function signIn(_prev: FormState, form: FormData): Promise<FormState> {
  if (!dashboardOpen) return refused(text.closedBody);
  const allowed = await limitRequest('signIn');
  if (allowed.kind === 'limited') return refused(text.tooManyAttempts(allowed.retryAfterSeconds));
  if (allowed.kind === 'unavailable') return refused(text.signInUnavailable);

  const parsed = signInForm.safeParse({ password: form.get('password') });
  if (!parsed.success || !passwordMatches(env.admin.password, parsed.data.password)) return refused(text.wrongPassword);
  await clearSignInAttempts();
  await startAdminSession();
  redirect('/admin');
}

export async function signOut(): Promise<void> {
  await endAdminSession();
  redirect(SIGN_IN_PATH);
}
