import type { Language } from '@/lib/i18n/locales';

// The text of the error and not-found pages in each language, apart from the other messages: those pages are client
// components (they learn the locale from the URL), and importing this alone keeps the rest out of the browser.

type BoundaryText = {
  error: { title: string; body: string; reference: string; tryAgain: string; backToShop: string };
  notFound: { title: string; body: string; backToShop: string };
};

export const boundaryText: Record<Language, BoundaryText> = {
  da: {
    error: {
      title: 'Noget gik galt',
      body: 'Siden kunne ikke vises. Der er ikke trukket noget. Prøv igen, eller gå tilbage til butikken.',
      reference: 'Reference',
      tryAgain: 'Prøv igen',
      backToShop: 'Tilbage til butikken',
    },
    notFound: {
      title: 'Siden findes ikke',
      body: 'Vi kunne ikke finde siden. Den er måske flyttet, eller der er en stavefejl i linket.',
      backToShop: 'Tilbage til butikken',
    },
  },
  fi: {
    error: {
      title: 'Jokin meni vikaan',
      body: 'Sivua ei voitu näyttää. Mitään ei veloitettu. Yritä uudelleen tai palaa kauppaan.',
      reference: 'Viite',
      tryAgain: 'Yritä uudelleen',
      backToShop: 'Takaisin kauppaan',
    },
    notFound: {
      title: 'Sivua ei löytynyt',
      body: 'Hakemaasi sivua ei löytynyt. Se on ehkä siirretty, tai linkissä on kirjoitusvirhe.',
      backToShop: 'Takaisin kauppaan',
    },
  },
  en: {
    error: {
      title: 'Something went wrong',
      body: 'The page could not be shown. Nothing was charged. Try again, or go back to the shop.',
      reference: 'Reference',
      tryAgain: 'Try again',
      backToShop: 'Back to the shop',
    },
    notFound: {
      title: 'Page not found',
      body: 'We could not find that page. It may have moved, or the link may be mistyped.',
      backToShop: 'Back to the shop',
    },
  },
};
