import { describe, expect, it } from 'vitest';
import { knownStockIn } from '@/components/stock/use-availability';

// The stock island believes GET /api/stock's answer only when every part of it is as the route says.

describe('knownStockIn', () => {
  it('reads every product of a well-formed answer', () => {
    const answer = { products: { 'prod-mug': { kind: 'in_stock' }, 'prod-socks': { kind: 'few', left: 3 }, 'prod-tin': { kind: 'sold_out' } } };
    expect(knownStockIn(answer)).toEqual(answer.products);
  });

  it('drops what the answer says beside the availability', () => {
    expect(knownStockIn({ products: { 'prod-mug': { kind: 'in_stock', left: 4 } } })).toEqual({ 'prod-mug': { kind: 'in_stock' } });
  });

  it.each([
    ['no products', { error: 'stock_unavailable' }],
    ['products not an object', { products: [] }],
    ['an unknown kind', { products: { 'prod-mug': { kind: 'plenty' } } }],
    ['few without how many', { products: { 'prod-mug': { kind: 'few' } } }],
    ['few with none left', { products: { 'prod-mug': { kind: 'few', left: 0 } } }],
    ['few with part of one', { products: { 'prod-mug': { kind: 'few', left: 1.5 } } }],
    ['one bad product among good ones', { products: { 'prod-mug': { kind: 'in_stock' }, 'prod-tin': null } }],
    ['not an object at all', 'in stock'],
  ])('claims nothing from an answer with %s', (_case, answer) => {
    expect(knownStockIn(answer)).toBeNull();
  });
});
