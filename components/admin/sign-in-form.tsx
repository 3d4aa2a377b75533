'use client';

import { useActionState } from 'react';
import { signIn } from '@/app/admin/sign-in/actions';
import { FormMessage } from '@/components/ui/form-message';
import { initialFormState } from '@/lib/forms/form-state';
import { SubmitButton } from '@/components/ui/submit-button';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.admin;

/** The dashboard password form. Works without JavaScript. */
export function SignInForm() {
  const [state, formAction] = useActionState(signIn, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="admin-password" className="text-sm font-medium text-ink">
          {text.passwordLabel}
        </label>
        <input
          id="admin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby="sign-in-error"
          className="h-11 rounded-lg border border-line bg-white px-3 text-base text-ink hover:border-muted focus-visible:border-mobilepay"
        />
      </div>
      <SubmitButton pendingLabel={text.signingIn} className="self-start">
        {text.signIn}
      </SubmitButton>
      <FormMessage id="sign-in-error" message={null} error={state.error} />
    </form>
  );
}
