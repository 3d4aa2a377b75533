import { describe, expect, it } from 'vitest';
import { parseForm } from './form';

describe('parseForm', () => {
  it('reads flat keys', () => {
    expect(parseForm('amount=1099&currency=dkk')).toEqual({ amount: '1099', currency: 'dkk' });
  });

  it('reads nested bracket keys', () => {
    expect(parseForm('payment_method_data[type]=mobilepay&metadata[order_id]=42')).toEqual({
      payment_method_data: { type: 'mobilepay' },
      metadata: { order_id: '42' },
    });
  });

  it('reads indexed and empty-bracket arrays', () => {
    expect(parseForm('a[0]=x&a[1]=y&b[]=p&b[]=q')).toEqual({ a: ['x', 'y'], b: ['p', 'q'] });
  });

  it('reads percent-encoded brackets as the SDK may send them', () => {
    expect(parseForm('expand%5B0%5D=latest_charge')).toEqual({ expand: ['latest_charge'] });
  });

  it('keeps an empty value, which Stripe reads as unsetting a field', () => {
    expect(parseForm('description=')).toEqual({ description: '' });
  });

  it('reads objects inside arrays', () => {
    expect(parseForm('items[0][price]=p1&items[0][quantity]=2')).toEqual({ items: [{ price: 'p1', quantity: '2' }] });
  });
});

describe('parseForm and prototype pollution', () => {
  it.each(['__proto__[x]=1', 'a[__proto__][x]=1', 'constructor[prototype][x]=1', 'a[0][prototype]=1'])('refuses %s as an unknown parameter', (body) => {
    expect(() => parseForm(body)).toThrow(/Received unknown parameter/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('builds objects without a prototype', () => {
    const parsed = parseForm('metadata[a]=1');
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.getPrototypeOf(parsed.metadata)).toBeNull();
  });
});
