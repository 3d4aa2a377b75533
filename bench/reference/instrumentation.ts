// The reference site starts no background work. Without this file, Next.js would take the shop's instrumentation.ts
// from the folder above (the project's root) for this app too.
export function register(): void {}
