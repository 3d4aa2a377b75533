'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonSize, type ButtonVariant } from '@/components/ui/button';

type SubmitButtonProps = {
  children: ReactNode;
  /** Shown instead of the children while the form is being submitted. */
  pendingLabel?: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
  'aria-label'?: string;
  /** Sent with the form when this button submits it: a form with several buttons tells them apart. */
  name?: string;
  value?: string;
};

/** A submit button that disables itself while its form is pending, so one click sends one request. */
export function SubmitButton({ children, pendingLabel, ...props }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-busy={pending} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
