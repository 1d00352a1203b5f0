import { z } from 'zod';
import { countLiveParks } from '../../db/repos/parksRepo';
import { readSetting, writeSetting } from '../../db/repos/settingsRepo';
import { seedDemoData } from '../../db/seed/seedDemo';
import { savedOperatorName } from '../services/audit/operatorSetting';
import { cachedNetworkDriveCheck } from '../services/backup/networkDrive';
import type { ApiContext, Locale } from './context';
import { demoModeOf } from './demo';
import { mutation, query } from './defineMethod';

const INITIALIZED = 'initialized';
const LOCALE = 'locale';

function systemStatus(ctx: ApiContext) {
  const { store, appVersion } = ctx;
  return {
    initialized: readSetting<boolean>(store.db, INITIALIZED) === true,
    locale: readSetting<Locale>(store.db, LOCALE) ?? null,
    parkCount: countLiveParks(store.db),
    appVersion,
    /** Null until the operator has chosen the name the audit trail records; the renderer then asks for it. */
    operatorName: savedOperatorName(store.db),
    /** WAL needs a local disk: the renderer shows a banner when the store sits on a network drive. */
    storeOnNetworkDrive: cachedNetworkDriveCheck(store.file).onNetworkDrive,
    /** The demo store is open: the renderer shows the 演示模式 ribbon and the reset button. */
    demoMode: demoModeOf(ctx),
    /** Demo mode is offered only where the host can switch stores and has a data folder. */
    demoAvailable: Boolean(ctx.storeSession && ctx.dataDir),
    /** The desktop app prints to PDF itself; browser mode prints with the browser. */
    canPrintToPdf: Boolean(ctx.printToPdf),
  };
}

export const systemApi = {
  /** What the renderer needs at start: whether to ask the first-run question, and the saved language. */
  'system.status': query(z.object({}).default({}), (ctx) => systemStatus(ctx)),

  /** The first-run choice: start empty, or with the demo parks from the source documents. */
  'system.initialize': mutation(z.object({ withDemoData: z.boolean() }), (ctx, { withDemoData }) => {
    const added = withDemoData ? seedDemoData(ctx.store, ctx.actor, new Date(ctx.at)) : 0;
    writeSetting(ctx.store.db, INITIALIZED, true, ctx.at);
    ctx.audit({ action: 'create', entity: 'settings', entityId: INITIALIZED, before: null, after: { withDemoData, added } });
    return { added };
  }),

  'system.setLocale': mutation(z.object({ locale: z.enum(['zh-CN', 'en']) }), (ctx, { locale }) => {
    const before = readSetting<Locale>(ctx.store.db, LOCALE) ?? null;
    writeSetting(ctx.store.db, LOCALE, locale, ctx.at);
    ctx.audit({ action: 'update', entity: 'settings', entityId: LOCALE, before, after: locale });
    ctx.onLocaleChanged?.(locale);
    return { locale };
  }),
};
