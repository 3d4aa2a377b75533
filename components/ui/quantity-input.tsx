import type { InputHTMLAttributes } from 'react';

export const minQuantity = 1;
export const maxQuantity = 99;

type QuantityInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'min' | 'max' | 'step'> & {
  id: string;
  label: string;
  /** Keep the label for screen readers only, e.g. in a compact cart line. */
  hideLabel?: boolean;
};

/** A labelled whole-number input from 1 to 99, named `quantity` for the cart actions. */
export function QuantityInput({ id, label, hideLabel = false, className = '', ...props }: QuantityInputProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'text-sm font-medium text-ink'}>
        {label}
      </label>
      <input
        id={id}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={minQuantity}
        max={maxQuantity}
        step={1}
        required
        className={
          'h-11 w-20 rounded-lg border border-line bg-white px-3 text-center text-base text-ink ' +
          'hover:border-muted focus-visible:border-mobilepay ' +
          className
        }
        {...props}
      />
    </div>
  );
}
