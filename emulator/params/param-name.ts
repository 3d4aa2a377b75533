/** A parameter's name as Stripe reports it: ['payment_method_options', 'mobilepay', 'foo'] → `payment_method_options[mobilepay][foo]`. */
export function bracketed(path: string[]): string {
  const [head = '', ...rest] = path;
  return `${head}${rest.map((part) => `[${part}]`).join('')}`;
}
