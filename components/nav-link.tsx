'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

type NavLinkProps = { href: string; className?: string; 'aria-label'?: string; children: ReactNode };

/** A header link that marks itself as the current page. */
export function NavLink({ href, className, children, ...props }: NavLinkProps) {
  const current = usePathname() === href;
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className={className} {...props}>
      {children}
    </Link>
  );
}
