/** Says plainly that no real payment happens: payments go to the offline Stripe emulator. */
export function TestModeBadge({ text }: { text: string }) {
  return (
    <p className="bg-honey px-4 py-1.5 text-center text-xs font-semibold tracking-wide text-ink">
      <span aria-hidden="true" className="mr-1.5 inline-block size-2 rounded-full bg-clay align-middle" />
      {text}
    </p>
  );
}
