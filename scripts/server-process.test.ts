import { describe, expect, it } from 'vitest';
import { SERVER_BUNDLE, serverProcess } from '@/scripts/server-process';

const production = { NODE_ENV: 'production', PORT: '3000' } as const;

describe('serverProcess', () => {
  it('runs the built bundle in production with the heap held small', () => {
    const { args, env } = serverProcess(false, production);
    expect(args).toEqual([SERVER_BUNDLE]);
    expect(env.NODE_OPTIONS).toBe('--max-old-space-size=128 --max-semi-space-size=8');
    expect(env.PORT).toBe('3000');
  });

  it('puts NODE_OPTIONS from the environment last, so that they win', () => {
    expect(serverProcess(false, { ...production, NODE_OPTIONS: '--max-old-space-size=512' }).env.NODE_OPTIONS).toBe(
      '--max-old-space-size=128 --max-semi-space-size=8 --max-old-space-size=512',
    );
  });

  it('runs the TypeScript under tsx beside next dev, with the environment as it is', () => {
    const development = { NODE_ENV: 'development', PORT: '3000' } as const;
    const { args, env } = serverProcess(true, development);
    expect(args.slice(0, 2)).toEqual(['--import', 'tsx']);
    expect(args.at(-1)).toBe('--dev');
    expect(env).toEqual(development);
  });
});
