'use client';

import { useActionState } from 'react';
import { resendMessage, type OrderActionState } from '@/app/admin/orders/[id]/actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { messages } from '@/lib/messages';

const text = messages.outbox;
const initialState: OrderActionState = { error: null, message: null };

/** Resend on a failed message: queues it again with no tries counted. Works without JavaScript. */
export function ResendMessage({ orderId, messageId }: { orderId: string; messageId: string }) {
  const [state, formAction] = useActionState(resendMessage, initialState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={text.resending}>
        {text.resend}
      </SubmitButton>
      <FormMessage message={state.message} error={state.error} />
    </form>
  );
}
