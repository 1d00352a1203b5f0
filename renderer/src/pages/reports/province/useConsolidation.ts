import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { call } from '../../../api/client';
import { downloadApiFile } from '../shared/downloadFile';
import type { PickedWorkbook } from '../shared/xlsxFile';
import { useBusyStep } from '../shared/useBusyStep';

export type ConsolidationRun = MethodOutput<'consolidation.dryRun'>;
export type ConsolidationCode = 'T1' | 'T3';

/** Province side: the files of one period → dry run (checks + parks) → commit → the summary workbook. */
export function useConsolidation() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [run, setRun] = useState<ConsolidationRun | null>(null);
  const [committed, setCommitted] = useState(false);
  const { busy, step } = useBusyStep<'dryRun' | 'commit' | 'export'>();


  const dryRun = async (code: ConsolidationCode, period: string, files: PickedWorkbook[]) => {
    setRun(null);
    setCommitted(false);
    const result = await step('dryRun', () => call('consolidation.dryRun', { code, period, files: files.map(({ fileName, base64 }) => ({ fileName, base64 })) }));
    if (result) setRun(result);
  };

  const commit = async () => {
    const batchId = run?.batchId;
    if (!batchId) return;
    if (await step('commit', () => call('consolidation.commit', { batchId }))) {
      setCommitted(true);
      message.success(t('prov.committed'));
    }
  };

  const exportSummary = async () => {
    const batchId = run?.batchId;
    if (!batchId) return;
    const file = await step('export', () => call('consolidation.export', { batchId }));
    if (file) downloadApiFile(file);
  };

  const reset = () => {
    setRun(null);
    setCommitted(false);
  };

  return { run, committed, busy, dryRun, commit, exportSummary, reset };
}
