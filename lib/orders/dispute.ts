// A dispute (chargeback) of the order's charge, and the rule that makes dispute facts converge. Pure.
// Open statuses move among themselves by time; a closed status (won, lost, …) is final.

export const openDisputeStatuses = [
  'warning_needs_response',
  'needs_response',
  'warning_under_review',
  'under_review',
  'appeal_needs_response',
  'appeal_under_review',
] as const;
export const closedDisputeStatuses = ['won', 'lost', 'warning_closed', 'prevented'] as const;
export type DisputeStatus = (typeof openDisputeStatuses)[number] | (typeof closedDisputeStatuses)[number];

export type DisputeFact = { id: string; status: DisputeStatus; amount: number; reason: string; observedAt: number };
export type DisputeState = Pick<DisputeFact, 'status' | 'observedAt'>;

export function isDisputeStatus(value: string): value is DisputeStatus {
  return ([...openDisputeStatuses, ...closedDisputeStatuses] as readonly string[]).includes(value);
}

export function isDisputeOpen(status: DisputeStatus): boolean {
  return (openDisputeStatuses as readonly string[]).includes(status);
}

/** Whether `incoming` changes what the order knows about its dispute (null: no dispute yet). */
export function disputeAdvances(current: DisputeState | null, incoming: DisputeState): boolean {
  if (current === null) return true;
  const closedNow = !isDisputeOpen(current.status);
  const closedNext = !isDisputeOpen(incoming.status);
  if (closedNow) return false;
  if (closedNext) return true;
  return incoming.observedAt > current.observedAt;
}
