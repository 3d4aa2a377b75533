'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientAddress, dashboardOpen, endAdminSession, SIGN_IN_PATH, signInThrottle, startAdminSession } from '@/lib/admin/session';
import { passwordMatches } from '@/lib/admin/session-token';
import { env } from '@/lib/env';
import { messages } from '@/lib/messages';

const text = messages.admin;

export type SignInState = { error: string | null };

const signInForm = z.object({ password: z.string().max(1000) });

/** Checks the dashboard password; wrong ones are slowed down per address and overall. Works as a plain form post. */
export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  if (!dashboardOpen) return { error: text.closedBody };
  const address = await clientAddress();
  const now = Date.now();
  const wait = signInThrottle.waitFor(address, now);
  if (wait > 0) return { error: text.tooManyAttempts(Math.ceil(wait / 1000)) };

  const parsed = signInForm.safeParse({ password: form.get('password') });
  if (!parsed.success || !passwordMatches(env.admin.password, parsed.data.password)) {
    signInThrottle.recordFailure(address, now);
    return { error: text.wrongPassword };
  }
  signInThrottle.recordSuccess(address);
  await startAdminSession();
  redirect('/admin');
}

export async function signOut(): Promise<void> {
  await endAdminSession();
  redirect(SIGN_IN_PATH);
}
