import type { ReactNode } from 'react';

export type StatusTone = 'success' | 'waiting' | 'problem';

const tones: Record<StatusTone, string> = {
  success: 'border-moss/40 bg-moss/10',
  waiting: 'border-mobilepay/40 bg-mobilepay-50',
  problem: 'border-clay/40 bg-clay/10',
};

/** The headline of the complete page: what happened to the payment, in one sentence or two. */
export function StatusPanel({ tone, title, children }: { tone: StatusTone; title: string; children?: ReactNode }) {
  return (
    <div role="status" className={`rounded-2xl border p-5 ${tones[tone]}`}>
      <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{title}</h1>
      {children && <div className="mt-2 flex flex-col gap-4 text-ink">{children}</div>}
    </div>
  );
}
