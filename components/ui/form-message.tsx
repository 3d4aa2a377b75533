type FormMessageProps = { message: string | null; error: string | null; id?: string; className?: string };

/**
 * The live region a form reports into: it is always in the page (empty when there is nothing to say),
 * so screen readers announce each new message or error when it appears.
 */
export function FormMessage({ message, error, id, className = '' }: FormMessageProps) {
  return (
    <p id={id} aria-live="polite" className={`text-sm ${error ? 'font-medium text-clay' : 'text-moss'} ${className}`}>
      {error ?? message}
    </p>
  );
}
