// Stand-in for the `server-only` marker package under Vitest, where there is no client bundle to guard.
export {};
