import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { products } from '@/lib/catalog';
import type { Language } from '@/lib/i18n/locales';
import { messagesOf } from '@/lib/i18n/messages';
import type { MessageKey } from '@/lib/i18n/translator';

// The typecheck already holds every language to English's keys; these hold them to its placeholders and the catalog.

const languages: Language[] = ['da', 'fi', 'en'];

function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

/** Values for every argument an English message may name: numbers for plurals, strings for the rest. */
function valuesFor(english: string): Record<string, string | number> {
  const names = [...english.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1] ?? '');
  const plurals = new Set([...english.matchAll(/\{\s*(\w+)\s*,\s*plural/g)].map((match) => match[1]));
  return Object.fromEntries(names.map((name) => [name, plurals.has(name) ? 2 : 'dk']));
}

describe('messages', () => {
  it.each(languages)('%s formats every message with the arguments English gives it', (language) => {
    // A language may need fewer arguments than English (Danish and Finnish name only their own market), never others.
    const errors: string[] = [];
    const t = createTranslator({ locale: language, messages: messagesOf(language), onError: (error) => errors.push(error.message) });
    for (const [key, english] of flatten(messagesOf('en'))) t(key as MessageKey, valuesFor(english));
    expect(errors).toEqual([]);
  });

  it.each(languages)('%s names and describes every product of the catalog', (language) => {
    for (const product of products) {
      expect(messagesOf(language).products, product.id).toHaveProperty([product.id, 'name']);
      expect(messagesOf(language).products, product.id).toHaveProperty([product.id, 'description']);
    }
  });

  it.each(languages)('%s has no empty message', (language) => {
    for (const [key, message] of flatten(messagesOf(language))) expect(message.trim(), key).not.toBe('');
  });
});
