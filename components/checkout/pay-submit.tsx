import { Button } from '@/components/ui/button';

export type PaySubmitText = { payWithMobilePay: string; openingMobilePay: string };

/**
 * The MobilePay-blue submit button and the live region for its error, shared by both Pay buttons (server-confirm
 * and client-confirm): disabled and busy while a payment is being started.
 */
export function PaySubmit({ pending, error, text }: { pending: boolean; error: string | null; text: PaySubmitText }) {
  return (
    <>
      <Button type="submit" variant="mobilepay" size="lg" disabled={pending} aria-busy={pending} className="w-full">
        {pending ? (
          <>
            <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-white/40 border-t-white" />
            {text.openingMobilePay}
          </>
        ) : (
          text.payWithMobilePay
        )}
      </Button>
      <p aria-live="assertive" className={error ? 'rounded-lg bg-clay/10 px-3 py-2 text-sm font-medium text-clay' : '-mt-2'}>
        {error}
      </p>
    </>
  );
}
