/** What went wrong, in one line for a log: an Error's message, or whatever else was thrown. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
