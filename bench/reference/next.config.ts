import type { NextConfig } from 'next';

// The benchmark's reference site: one static page per size, built with the shop's own Next.js.
const nextConfig: NextConfig = { poweredByHeader: false };

export default nextConfig;
