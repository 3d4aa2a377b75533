// Who sells: the trader the law says every shopper must be able to find (the footer of every page, the legal pages,
// every e-mail). From configuration (lib/parse-env.ts); in emulator mode a demo trader stands in, and says so.

export type Trader = {
  /** The legal name, e.g. "Lille Butik ApS". */
  name: string;
  /** The geographic address, on one line: street, postal code and town, country. */
  address: string;
  email: string;
  phone: string;
  /** The Danish business register number (CVR), eight digits; null when the trader has none. */
  cvr: string | null;
  /** The Finnish business ID (Y-tunnus), 1234567-8; null when the trader has none. */
  businessId: string | null;
  /** The demo trader of emulator mode, whose pages say they are demo texts. */
  demo: boolean;
};

export const demoTrader: Trader = {
  name: 'Lille Butik ApS',
  address: 'Eksempelvej 1, 1000 København K, Danmark',
  email: 'kontakt@lille-butik.example',
  phone: '+45 70 00 00 00',
  cvr: '12345674',
  businessId: '1234560-4',
  demo: true,
};

/** The variables that name the trader, as .env.example documents them. */
export const traderVariableNames = ['TRADER_NAME', 'TRADER_ADDRESS', 'TRADER_EMAIL', 'TRADER_PHONE', 'TRADER_CVR', 'TRADER_BUSINESS_ID'] as const;

/**
 * The trader variables of an environment as one string: prerendered pages carry the trader of the build (their
 * footer), so a build records this (next.config.ts) and a process started with another says so (lib/background-work.ts).
 */
export function traderVariables(source: Record<string, string | undefined>): string {
  return JSON.stringify(traderVariableNames.map((name) => source[name]?.trim() ?? ''));
}
