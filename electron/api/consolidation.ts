import { listConsolidationBatches } from '../../db/repos/consolidationRepo';
import { commitConsolidation, consolidationDetail, exportConsolidation } from '../services/consolidation/consolidationBatches';
import { dryRunConsolidation } from '../services/consolidation/consolidationDryRun';
import { readWorkbookIsolated } from '../services/excel/readWorkbookIsolated';
import { batchIdInput, consolidationDryRunInput, consolidationListInput } from './contract/reportSchemas';
import { mutation, query } from './defineMethod';

/** Province side: many parks' T1/T3 workbooks of one period → one summary with parks as rows. */
export const consolidationApi = {
  /** Reads the files in the isolated parser, cross-checks them and keeps the readable ones as a dry-run batch. */
  'consolidation.dryRun': query(consolidationDryRunInput, (ctx, input) => dryRunConsolidation(ctx.store, input, readWorkbookIsolated, ctx.actor, ctx.now())),

  'consolidation.commit': mutation(batchIdInput, (ctx, { batchId }) => consolidationDetail(ctx.store, commitConsolidation(ctx, batchId).id)),

  'consolidation.list': query(consolidationListInput, ({ store }, filter) => listConsolidationBatches(store.db, filter).map(({ problems: _problems, ...batch }) => batch)),

  'consolidation.get': query(batchIdInput, ({ store }, { batchId }) => consolidationDetail(store, batchId)),

  'consolidation.export': query(batchIdInput, ({ store }, { batchId }) => exportConsolidation(store, batchId)),
};
