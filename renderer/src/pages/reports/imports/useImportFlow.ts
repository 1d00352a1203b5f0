import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { call } from '../../../api/client';
import { downloadApiFile } from '../shared/downloadFile';
import { codeText, errorText } from '../../../i18n/errorText';
import { useJob, type JobView } from '../shared/useJob';
import type { PickedWorkbook } from '../shared/xlsxFile';

export type DryRun = MethodOutput<'imports.dryRun'>;
export type Committed = MethodOutput<'imports.commit'>;

export type ImportStep = 'pick' | 'dryRun' | 'checked' | 'committing' | 'done';

/**
 * One import from file to commit: dry run as a job (progress, 取消), the result, then the all-or-nothing commit as a
 * job. A failed or cancelled job leaves the user on the step before with the reason shown. `onBatch` runs whenever
 * the history gained or changed a batch (a dry run, a commit).
 */
export function useImportFlow(onBatch: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const job = useJob();
  const [file, setFile] = useState<PickedWorkbook | null>(null);
  const [step, setStep] = useState<ImportStep>('pick');
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [committed, setCommitted] = useState<Committed | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const outcome = (view: JobView): boolean => {
    if (view.status === 'done') return true;
    setFailure(view.status === 'cancelled' ? t('imp.cancelled') : view.error ? codeText(view.error.code, view.error.details, t) : t('errors.unexpected'));
    return false;
  };

  const start = async (picked: PickedWorkbook, options: { parkId?: string | undefined; period?: string | undefined }) => {
    setFile(picked);
    setDryRun(null);
    setCommitted(null);
    setFailure(null);
    setStep('dryRun');
    try {
      const input = { fileName: picked.fileName, base64: picked.base64, ...(options.parkId ? { parkId: options.parkId } : {}), ...(options.period ? { period: options.period } : {}) };
      const view = await job.run(() => call('imports.startDryRun', input));
      if (outcome(view)) {
        setDryRun(view.result as DryRun);
        setStep('checked');
        onBatch();
      } else setStep('pick');
    } catch (error) {
      setFailure(errorText(error, t));
      setStep('pick');
    }
  };

  const commit = async () => {
    if (!dryRun) return;
    setFailure(null);
    setStep('committing');
    try {
      const view = await job.run(() => call('imports.startCommit', { batchId: dryRun.batchId, confirmDuplicate: Boolean(dryRun.duplicateOf) }));
      if (outcome(view)) {
        setCommitted(view.result as Committed);
        setStep('done');
      } else setStep('checked');
      onBatch();
    } catch (error) {
      setFailure(errorText(error, t));
      setStep('checked');
    }
  };

  const problemCopy = async () => {
    if (!dryRun) return;
    try {
      downloadApiFile(await call('imports.problemCopy', { batchId: dryRun.batchId }));
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  const restart = () => {
    setStep('pick');
    setFile(null);
    setDryRun(null);
    setCommitted(null);
    setFailure(null);
    job.reset();
  };

  return { job, file, step, dryRun, committed, failure, start, commit, problemCopy, restart };
}
