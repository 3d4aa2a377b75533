'use client';

import { useActionState } from 'react';
import { resendMessage } from '@/app/admin/orders/[id]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { initialFormState } from '@/lib/forms/form-state';
import { SubmitButton } from '@/components/ui/submit-button';
import { merchantText } from '@/lib/merchant-text';

const text = merchantText.outbox;

/**
 * Resend on a failed message: queues it again with no tries counted. Works without JavaScript. Rendered for every
 * message, the button only for a failed one: the page that answers the Resend shows the message queued, and the
 * report of what happened must outlive the button.
 */
export function ResendMessage({ orderId, messageId, failed }: { orderId: string; messageId: string; failed: boolean }) {
  const [state, formAction] = useActionState(resendMessage, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="messageId" value={messageId} />
      {failed && (
        <SubmitButton variant="secondary" size="sm" pendingLabel={text.resending}>
          {text.resend}
        </SubmitButton>
      )}
      <FormMessage message={state.message} error={state.error} />
    </form>
  );
}
