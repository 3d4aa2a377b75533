import { describe, expect, it } from 'vitest';
import { pluralWords } from '@/lib/i18n/plural-words';

describe('pluralWords', () => {
  it.each([
    ['da-dk', { one: 'vare', other: 'varer' }],
    ['fi-fi', { one: 'tuote', other: 'tuotetta' }],
    ['en-fi', { one: 'item', other: 'items' }],
  ] as const)('gives %s the word of each plural category', (locale, words) => {
    expect(pluralWords(locale, 'layout.cartItemsWord')).toEqual(words);
  });
});
