import { notFound } from 'next/navigation';

/** Any other path under a locale: its not-found page, in its language. */
export default function UnknownPage(): never {
  notFound();
}
