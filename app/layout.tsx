import type { ReactNode } from 'react';

/**
 * Passes its children through: the shop's pages have an <html> of their own per locale (app/[locale]/layout.tsx), the
 * dashboard another (app/admin/layout.tsx). It is here so that app/not-found.tsx has a layout.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
