/** The locale the shopper chose, when it is not the one their browser's languages would give: `/` sends them back to it. */
export const LOCALE_COOKIE = 'locale';
