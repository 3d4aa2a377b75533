import { describe, expect, it } from 'vitest';
import { alternatesFor } from '@/lib/i18n/alternates';

describe('alternatesFor', () => {
  it('names the page itself canonical and every locale, plus x-default, as alternates', () => {
    expect(alternatesFor('fi-fi', '/products/wool-socks')).toEqual({
      canonical: '/fi-fi/products/wool-socks',
      languages: {
        'da-DK': '/da-dk/products/wool-socks',
        'en-DK': '/en-dk/products/wool-socks',
        'fi-FI': '/fi-fi/products/wool-socks',
        'en-FI': '/en-fi/products/wool-socks',
        'x-default': '/products/wool-socks',
      },
    });
  });

  it('gives the home page its locale root', () => {
    expect(alternatesFor('da-dk', '/').canonical).toBe('/da-dk');
  });
});
