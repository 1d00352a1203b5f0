import { z } from 'zod';
import { INDICATORS, type IndicatorDefinition } from '../../db/reference/indicators';
import { getLivePark } from '../../db/repos/parksRepo';
import { readParkYear } from '../services/indicators/indicatorYear';
import { checkEntries, storedValue, writeValue } from '../services/indicators/saveIndicatorValues';
import { indicatorSaveInput, indicatorYearInput } from './contract/indicatorSchemas';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';

const ENTITY = 'indicator_value';

export const indicatorsApi = {
  /** The definitions (codes, units, frequency, targets); the renderer labels them in the user's language. */
  'indicators.definitions': query(z.object({}).default({}), (): IndicatorDefinition[] => [...INDICATORS]),

  /** One park's indicators for one year: each period's value (null = no data) and the year's figure. */
  'indicators.year': query(indicatorYearInput, ({ store }, { parkId, year }) => {
    requireFound(getLivePark(store.db, parkId), 'park', parkId);
    return { parkId, year, indicators: readParkYear(store.sqlite, parkId, year) };
  }),

  /** Hand entry of T3/T4 figures: all checked first, then written with one audit row per value changed. */
  'indicators.save': mutation(indicatorSaveInput, (ctx, { parkId, values }) => {
    requireFound(getLivePark(ctx.store.db, parkId), 'park', parkId);
    const entries = checkEntries(values);
    let changed = 0;
    for (const entry of entries) {
      const before = storedValue(ctx.store.sqlite, parkId, entry.code, entry.period);
      if ((before?.scaled ?? null) === entry.scaled && (entry.scaled === null || before?.source === 'manual')) continue;
      writeValue(ctx.store.sqlite, parkId, entry, ctx.at, ctx.actor);
      const after = storedValue(ctx.store.sqlite, parkId, entry.code, entry.period);
      ctx.audit({ action: before ? (after ? 'update' : 'delete') : 'create', entity: ENTITY, entityId: `${parkId}/${entry.code}/${entry.period}`, before, after });
      changed += 1;
    }
    return { changed };
  }),
};
