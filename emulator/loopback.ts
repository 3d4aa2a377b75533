// The names a browser on this machine uses for the machine itself: the emulator answers its control routes on them
// (http/own-host.ts), and a shop started here is reached at them (allowed-origins.ts). IPv6 bracketed, as in a URL.
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;
