import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProduct, findProductBySlug, products } from '@/lib/catalog';
import { currencies, minimumAmount } from '@/lib/money';

describe('catalog', () => {
  it('finds a product by its id', () => {
    expect(findProduct('prod-mug')?.slug).toBe('stoneware-mug');
  });

  it('finds a product by its slug', () => {
    expect(findProductBySlug('wool-socks')?.id).toBe('prod-socks');
  });

  it('returns undefined for an unknown id or slug', () => {
    expect(findProduct('prod-unknown')).toBeUndefined();
    expect(findProductBySlug('stoneware-mug ')).toBeUndefined();
  });

  it('does not find a product by its slug when looking up ids', () => {
    expect(findProduct('stoneware-mug')).toBeUndefined();
  });

  it('gives every product unique ids and slugs', () => {
    expect(new Set(products.map((p) => p.id)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
  });

  it('prices every product in every currency as a positive whole number of minor units', () => {
    for (const product of products) {
      for (const currency of currencies) {
        const price = product.prices[currency];
        expect(Number.isInteger(price), `${product.id} ${currency}`).toBe(true);
        expect(price, `${product.id} ${currency}`).toBeGreaterThan(0);
      }
    }
  });

  it('prices one unit of every product at or above the payment minimum', () => {
    for (const product of products) {
      for (const currency of currencies) {
        expect(product.prices[currency], `${product.id} ${currency}`).toBeGreaterThanOrEqual(minimumAmount[currency]);
      }
    }
  });

  it('points every product at its own image under /products', () => {
    for (const product of products) {
      expect(product.image).toBe(`/products/${product.slug}.svg`);
    }
  });

  it('has an image file in public/ for every product', () => {
    for (const product of products) {
      expect(existsSync(join(process.cwd(), 'public', product.image)), product.image).toBe(true);
    }
  });

  it('uses URL-safe slugs', () => {
    for (const product of products) {
      expect(product.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});
