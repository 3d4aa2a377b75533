// Stripe's list envelope and cursor paging: newest first, `limit` (1 to 100, default 10), `starting_after`, `ending_before`.
import { parameterInvalid, resourceMissing } from './http/errors';

export type ListPage<T> = { object: 'list'; data: T[]; has_more: boolean; url: string };
export type CreatedFilter = number | { gt?: number; gte?: number; lt?: number; lte?: number };
export type ListParams = { limit?: number; starting_after?: string; ending_before?: string; created?: CreatedFilter };

function createdMatches(created: number, filter: CreatedFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'number') return created === filter;
  return (
    (filter.gt === undefined || created > filter.gt) &&
    (filter.gte === undefined || created >= filter.gte) &&
    (filter.lt === undefined || created < filter.lt) &&
    (filter.lte === undefined || created <= filter.lte)
  );
}

/** `all` must already be in the list's order: newest first, or as given for a Checkout Session's line items (no `created`). */
export function paginate<T extends { id: string; created?: number }>(all: T[], params: ListParams, url: string, objectName: string): ListPage<T> {
  const items = all.filter((item) => item.created === undefined || createdMatches(item.created, params.created));
  const limit = params.limit ?? 10;
  if (limit < 1) throw parameterInvalid('limit', 'This value must be greater than or equal to 1.');
  if (limit > 100) throw parameterInvalid('limit', 'This value must be less than or equal to 100.');
  const indexOf = (id: string, param: string): number => {
    const index = items.findIndex((item) => item.id === id);
    if (index === -1) throw resourceMissing(objectName, id, param);
    return index;
  };
  if (params.ending_before !== undefined) {
    const end = indexOf(params.ending_before, 'ending_before');
    const start = Math.max(0, end - limit);
    return { object: 'list', data: items.slice(start, end), has_more: start > 0, url };
  }
  const start = params.starting_after !== undefined ? indexOf(params.starting_after, 'starting_after') + 1 : 0;
  return { object: 'list', data: items.slice(start, start + limit), has_more: start + limit < items.length, url };
}

export function newestFirst<T>(values: Iterable<T>): T[] {
  return [...values].reverse();
}
