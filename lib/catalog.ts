// The shop's products. Prices are set per currency in minor units (DKK øre, EUR cents):
// each currency is priced on its own, never converted from the other.

import type { Currency } from '@/lib/money';

export type Product = {
  id: string;
  slug: string;
  name: string;
  description: string;
  /** Path under public/, e.g. '/products/stoneware-mug.svg'. */
  image: string;
  prices: Record<Currency, number>;
};

export const products: readonly Product[] = [
  {
    id: 'prod-mug',
    slug: 'stoneware-mug',
    name: 'Stoneware mug',
    description: 'Hand-thrown on Bornholm, with a speckled oat glaze. Holds a generous 300 ml of coffee.',
    image: '/products/stoneware-mug.svg',
    prices: { dkk: 14900, eur: 1990 },
  },
  {
    id: 'prod-socks',
    slug: 'wool-socks',
    name: 'Wool socks',
    description: 'Thick Icelandic-pattern socks in undyed and sea-blue wool, for cold floors and long evenings.',
    image: '/products/wool-socks.svg',
    prices: { dkk: 12900, eur: 1790 },
  },
  {
    id: 'prod-rye-tin',
    slug: 'rye-bread-tin',
    name: 'Rye bread tin',
    description: 'A deep, lidded tin for baking rugbrød the Danish way: dense, dark and full of seeds.',
    image: '/products/rye-bread-tin.svg',
    prices: { dkk: 22900, eur: 2990 },
  },
  {
    id: 'prod-candle',
    slug: 'beeswax-candle',
    name: 'Beeswax candle',
    description: 'A pillar of pure Danish beeswax with a warm honey scent. Burns slowly for about 40 hours.',
    image: '/products/beeswax-candle.svg',
    prices: { dkk: 7900, eur: 1090 },
  },
  {
    id: 'prod-tea-towel',
    slug: 'linen-tea-towel',
    name: 'Linen tea towel',
    description: 'Woven linen with a classic blue check. Soft from the first wash and better with every one after.',
    image: '/products/linen-tea-towel.svg',
    prices: { dkk: 9900, eur: 1390 },
  },
  {
    id: 'prod-coffee',
    slug: 'coffee-beans',
    name: 'Light roast coffee',
    description: '250 g of whole beans, roasted light in Copenhagen. Bright, fruity and made for filter brewing.',
    image: '/products/coffee-beans.svg',
    prices: { dkk: 8900, eur: 1250 },
  },
  {
    id: 'prod-postcard',
    slug: 'harbour-postcard',
    name: 'Harbour postcard',
    description: 'A postcard of painted harbour houses, printed on thick recycled card. Stamp not included.',
    image: '/products/harbour-postcard.svg',
    prices: { dkk: 300, eur: 60 },
  },
];

export function findProduct(id: string): Product | undefined {
  return products.find((product) => product.id === id);
}

export function findProductBySlug(slug: string): Product | undefined {
  return products.find((product) => product.slug === slug);
}
