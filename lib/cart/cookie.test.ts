import { describe, expect, it } from 'vitest';
import { parseCart, serializeCart } from '@/lib/cart/cookie';

const cookie = (value: unknown) => JSON.stringify(value);

describe('parseCart', () => {
  it('reads product ids and quantities', () => {
    expect(parseCart(cookie([{ productId: 'prod-mug', quantity: 2 }]))).toEqual({
      lines: [{ productId: 'prod-mug', quantity: 2 }],
      notice: null,
    });
  });

  it('is an empty cart without a notice when there is no cookie', () => {
    expect(parseCart(undefined)).toEqual({ lines: [], notice: null });
    expect(parseCart('')).toEqual({ lines: [], notice: null });
  });

  it('drops an unknown product id with a notice and keeps the rest', () => {
    const parsed = parseCart(cookie([{ productId: 'prod-gone', quantity: 1 }, { productId: 'prod-mug', quantity: 1 }]));
    expect(parsed.lines).toEqual([{ productId: 'prod-mug', quantity: 1 }]);
    expect(parsed.notice).toBe('cart.droppedNotice');
  });

  it.each([0, -1, 1000, 100, 1.5, '2', null, Number.NaN])('drops a line with quantity %j with a notice', (quantity) => {
    const parsed = parseCart(cookie([{ productId: 'prod-mug', quantity }, { productId: 'prod-socks', quantity: 1 }]));
    expect(parsed.lines).toEqual([{ productId: 'prod-socks', quantity: 1 }]);
    expect(parsed.notice).toBe('checkout.cartItemsDropped');
  });

  it.each(['not json', '{"productId":"prod-mug"}', '"prod-mug"', '42', 'null', '[[', '%7B'])(
    'turns junk %j into a clean empty cart with a notice',
    (raw) => {
      expect(parseCart(raw)).toEqual({ lines: [], notice: 'checkout.cartItemsDropped' });
    },
  );

  it.each([[['prod-mug']], [[{ id: 'prod-mug', qty: 1 }]], [[{ productId: 42, quantity: 1 }]], [[null]]])(
    'drops lines of the wrong shape: %j',
    (value) => {
      expect(parseCart(cookie(value))).toEqual({ lines: [], notice: 'checkout.cartItemsDropped' });
    },
  );

  it('merges repeated products and caps the quantity at 99', () => {
    const parsed = parseCart(cookie([{ productId: 'prod-mug', quantity: 60 }, { productId: 'prod-mug', quantity: 60 }]));
    expect(parsed.lines).toEqual([{ productId: 'prod-mug', quantity: 99 }]);
  });

  it('ignores extra fields such as a price sent by the browser', () => {
    expect(parseCart(cookie([{ productId: 'prod-mug', quantity: 1, price: 1 }])).lines).toEqual([
      { productId: 'prod-mug', quantity: 1 },
    ]);
  });

  it('round-trips through serializeCart', () => {
    const lines = [{ productId: 'prod-mug', quantity: 3 }, { productId: 'prod-socks', quantity: 1 }];
    expect(parseCart(serializeCart(lines))).toEqual({ lines, notice: null });
  });
});
