import type { HTMLAttributes } from 'react';
import { maxLength, type DetailsField } from '@/lib/checkout/details-fields';

/** The labels and hints, in the page's language (the server component translates them). */
export type DetailsText = Record<DetailsField | 'heading' | 'intro' | 'country' | 'countryName' | 'countryHint', string>;

type FieldSpec = {
  name: DetailsField;
  type: 'email' | 'text';
  autoComplete: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  width: string;
};

// What phones need to offer the right keyboard and autofill: `autocomplete` and `inputmode` per field.
const fields: FieldSpec[] = [
  { name: 'email', type: 'email', autoComplete: 'email', inputMode: 'email', width: 'sm:col-span-2' },
  { name: 'name', type: 'text', autoComplete: 'name', width: 'sm:col-span-2' },
  { name: 'street', type: 'text', autoComplete: 'street-address', width: 'sm:col-span-2' },
  { name: 'postalCode', type: 'text', autoComplete: 'postal-code', inputMode: 'numeric', width: '' },
  { name: 'city', type: 'text', autoComplete: 'address-level2', width: '' },
];

type CheckoutDetailsFieldsProps = {
  text: DetailsText;
  values: Record<string, string>;
  errors: Record<string, string>;
};

/**
 * Who buys and where it goes: e-mail, full name and delivery address, inside the Pay form. The country is the
 * market's, shown and not asked. Each field's error sits under it, is tied to it (aria-describedby) and marks it
 * invalid; the form's own live region announces that there are errors. Values sent come back in `values`.
 */
export function CheckoutDetailsFields({ text, values, errors }: CheckoutDetailsFieldsProps) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-base font-semibold text-ink">{text.heading}</legend>
      <p className="-mt-1 text-sm text-muted">{text.intro}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => {
          const id = `checkout-${field.name}`;
          const error = errors[field.name];
          return (
            <div key={field.name} className={`flex flex-col gap-1 ${field.width}`}>
              <label htmlFor={id} className="text-sm font-medium text-ink">
                {text[field.name]}
              </label>
              <input
                id={id}
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                inputMode={field.inputMode}
                maxLength={maxLength[field.name]}
                defaultValue={values[field.name] ?? ''}
                required
                aria-invalid={error !== undefined}
                aria-describedby={error !== undefined ? `${id}-error` : undefined}
                className={
                  'h-11 w-full rounded-lg border bg-white px-3 text-base text-ink hover:border-muted focus-visible:border-mobilepay ' +
                  (error !== undefined ? 'border-clay' : 'border-line')
                }
              />
              {error !== undefined && (
                <p id={`${id}-error`} className="text-sm font-medium text-clay">
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <p className="text-sm text-ink">
        <span className="font-medium">{text.country}:</span> {text.countryName}
        <span className="block text-muted">{text.countryHint}</span>
      </p>
    </fieldset>
  );
}
