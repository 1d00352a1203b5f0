import { z } from 'zod';
import { enterDemo, exitDemo, inDemoMode, resetDemo, type DemoHost } from '../services/demo/demoMode';
import { AppError } from '../services/appError';
import type { ApiContext } from './context';
import { query } from './defineMethod';

/** Demo mode needs a switchable session and a data folder; single-store hosts refuse it. */
function hostOf(ctx: ApiContext): DemoHost {
  if (!ctx.storeSession || !ctx.dataDir) throw new AppError('DEMO_UNAVAILABLE');
  return { session: ctx.storeSession, dataDir: ctx.dataDir, appVersion: ctx.appVersion, actor: ctx.actor, now: ctx.now() };
}

/**
 * Entering, resetting and leaving the demo switch whole stores, not rows: they are queries to the registry (no
 * transaction of the current store can span a switch) and write no audit row into the real store.
 */
export const demoApi = {
  'demo.enter': query(z.object({}).default({}), async (ctx) => {
    await enterDemo(hostOf(ctx));
    return { demoMode: true };
  }),
  'demo.reset': query(z.object({}).default({}), async (ctx) => {
    await resetDemo(hostOf(ctx));
    return { demoMode: true };
  }),
  'demo.exit': query(z.object({}).default({}), (ctx) => {
    exitDemo(hostOf(ctx));
    return { demoMode: false };
  }),
};

export function demoModeOf(ctx: ApiContext): boolean {
  return Boolean(ctx.storeSession && ctx.dataDir && inDemoMode({ session: ctx.storeSession, dataDir: ctx.dataDir }));
}
