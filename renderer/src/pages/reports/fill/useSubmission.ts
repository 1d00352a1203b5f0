import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { call } from '../../../api/client';
import type { UiKey } from '../../../i18n/zhCN';
import { downloadApiFile } from '../shared/downloadFile';
import { codeText, errorText } from '../../../i18n/errorText';
import type { ReportCode, ReportHeader, SubmissionView } from '../shared/reportTypes';
import { useBusyStep } from '../shared/useBusyStep';
import { useJob, type JobState } from '../shared/useJob';

export interface Selection {
  code: ReportCode;
  parkId: string;
  period: string;
}

export type Problem = MethodOutput<'reports.validate'>['problems'][number];
export type ManualEdits = Record<string, Record<string, number | null>>;

export interface SubmissionState {
  view: SubmissionView | null;
  loading: boolean;
  busy: string | null;
  /** Problems of the last 校验 (or of a refused export), shown in the list and on the cells. */
  problems: Problem[] | null;
  /** The file exported for this revision in this window: 报送 names it by its hash. */
  exported: { fileName: string; sha256: string } | null;
  /** The export runs as a job: progress and 取消 (a long T2 ledger takes a while). */
  exportJob: JobState;
  save(header: Partial<ReportHeader>, manualValues: ManualEdits): Promise<boolean>;
  validate(): Promise<void>;
  exportFile(): Promise<{ fileName: string; sha256: string } | null>;
  submit(sha256: string): Promise<void>;
  lock(): Promise<void>;
  revise(): Promise<void>;
}

/** The working revision of one report (opened, creating the 草稿 if none) and every lifecycle step on it. */
export function useSubmission(selection: Selection | null): SubmissionState {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [view, setView] = useState<SubmissionView | null>(null);
  const [loading, setLoading] = useState(false);
  const { busy, step } = useBusyStep<string>();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [exported, setExported] = useState<SubmissionState['exported']>(null);
  const exportJob = useJob();
  const key = selection ? `${selection.code}|${selection.parkId}|${selection.period}` : '';

  useEffect(() => {
    setView(null);
    setProblems(null);
    setExported(null);
    if (!key) return;
    const [code, parkId, period] = key.split('|') as [ReportCode, string, string];
    let current = true;
    setLoading(true);
    call('reports.open', { code, parkId, period })
      .then((opened) => current && setView(opened))
      .catch((error: unknown) => current && message.error(errorText(error, t)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [key, message, t]);


  const id = view?.submission.id;

  const save = async (header: Partial<ReportHeader>, manualValues: ManualEdits) => {
    if (!id) return false;
    const saved = await step('save', () => call('reports.saveManual', { submissionId: id, header, manualValues }));
    if (!saved) return false;
    setView(saved);
    setProblems(null);
    setExported(null);
    message.success(t('rp.fill.saved'));
    return true;
  };

  const validate = async () => {
    if (!id) return;
    const result = await step('validate', () => call('reports.validate', { submissionId: id }));
    if (!result) return;
    setProblems(result.problems);
    setView((v) => (v ? { ...v, submission: result.submission } : v));
    if (result.ok) message.success(t('rp.fill.validOk'));
    else message.warning(t('rp.fill.validProblems', { count: result.problems.length }));
  };

  const exportFile = async () => {
    if (!id) return null;
    const job = await step('export', () => exportJob.run(() => call('reports.startExport', { submissionId: id })));
    if (!job) return null;
    if (job.status === 'cancelled') {
      message.info(t('rp.fill.exportCancelled'));
      return null;
    }
    if (job.status !== 'done') {
      // A register that moved since 校验 makes the export refuse with the problems it found now.
      const found = job.error?.details?.problems;
      if (Array.isArray(found)) setProblems(found as Problem[]);
      message.error(job.error ? codeText(job.error.code, job.error.details, t) : t('errors.unexpected'));
      return null;
    }
    const file = job.result as MethodOutput<'reports.export'>;
    downloadApiFile(file);
    const done = { fileName: file.fileName, sha256: file.sha256 };
    setExported(done);
    message.success(t('rp.fill.exported', { name: file.fileName }));
    return done;
  };

  const replaceView = (name: string, done: UiKey, work: (submissionId: string) => Promise<SubmissionView>) => async () => {
    if (!id) return;
    const next = await step(name, () => work(id));
    if (!next) return;
    setView(next);
    setProblems(null);
    message.success(t(done));
  };

  return {
    view,
    loading,
    busy,
    problems,
    exported,
    exportJob,
    save,
    validate,
    exportFile,
    submit: (sha256) => replaceView('submit', 'rp.fill.submitted', (submissionId) => call('reports.submit', { submissionId, fileSha256: sha256 }))(),
    lock: replaceView('lock', 'rp.fill.locked', (submissionId) => call('reports.lock', { submissionId })),
    revise: replaceView('revise', 'rp.fill.revised', (submissionId) => call('reports.revise', { submissionId })),
  };
}
