import { Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../../app/routes';
import { useApiQuery } from '../../investment/useApiQuery';
import { JobProgress } from '../shared/JobProgress';
import { cellNames } from '../shared/cellNames';
import type { ReportCode, ReportTemplate } from '../shared/reportTypes';
import { useReportTemplates } from '../shared/useReportTemplates';
import { CompareModal } from './CompareModal';
import { DiffModal } from './DiffModal';
import { DueReports } from './DueReports';
import { FormPicker } from './FormPicker';
import { FormPreview } from './FormPreview';
import { ProblemsList } from './ProblemsList';
import { ReportActions } from './ReportActions';
import { useReportDraft } from './useReportDraft';
import { useSubmission, type Problem, type Selection } from './useSubmission';

const CODES: readonly string[] = ['T1', 'T2', 'T3', 'T4'];

/** The report chosen in the address (`#/reports?tab=fill&code=T1&park=…&period=2026-10`), so the list can link here. */
function selectionOf(params: Record<string, string>): Partial<Selection> {
  return { code: CODES.includes(params.code ?? '') ? (params.code as ReportCode) : undefined, parkId: params.park, period: params.period };
}

/** 填报: pick a form, park and period; fill in, save, validate, export, submit, lock, revise; 差异 and 环比/同比. */
export function FillTab({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const templates = useReportTemplates();
  const picked = selectionOf(params);
  const complete = picked.code && picked.parkId && picked.period ? (picked as Selection) : null;
  const state = useSubmission(complete);
  const draft = useReportDraft(state.view);
  const template = useApiQuery('reports.template', { code: picked.code ?? 'T1' }).data as ReportTemplate | null;
  const [modal, setModal] = useState<'diff' | 'compare' | null>(null);

  const choose = (next: { code?: string | undefined; park?: string | undefined; period?: string | undefined }) => goTo('reports', null, { tab: 'fill', ...next });
  const names = template ? cellNames(template, t) : null;
  const textOf = (p: Problem) => (i18n.language === 'en' ? p.messageEn : p.message);
  const placeOf = (p: Problem) => (names ? `${names.row(p.row)} · ${names.column(p.row, p.column)}` : `${p.row} · ${p.column}`);
  const { view } = state;
  const ready = view && template && template.code === view.submission.reportCode;

  return (
    <Flex vertical gap={12}>
      <FormPicker templates={templates} code={picked.code} parkId={picked.parkId} period={picked.period} onChange={choose} />
      {!complete && (picked.code || picked.parkId ? <Empty description={t('rp.fill.pickFirst')} /> : <DueReports onOpen={(code, park, period) => choose({ code, park, period })} />)}
      {complete && state.loading && <Spin />}
      {ready && (
        <>
          <ReportActions
            submission={view.submission}
            state={state}
            dirty={draft.dirty}
            printTitle={`${template.title} ${view.values.header.reportingUnit} ${view.submission.period}`}
            onSave={() => {
              const { header, manualValues } = draft.changes();
              void state.save(header, manualValues);
            }}
            onDiff={() => setModal('diff')}
            onCompare={() => setModal('compare')}
          />
          {state.exportJob.running && <JobProgress job={state.exportJob.job} onCancel={() => void state.exportJob.cancel()} testId="rp-export-progress" />}
          {draft.dirty && <Typography.Text type="warning">{t('rp.fill.unsaved')}</Typography.Text>}
          {state.problems && <ProblemsList problems={state.problems} placeOf={placeOf} textOf={textOf} />}
          <Typography.Text type="secondary" className="no-print">
            <span className="rp-legend rp-legend-computed" /> {t('rp.fill.legendComputed')} <span className="rp-legend rp-legend-editable" /> {t('rp.fill.legendEditable')}
          </Typography.Text>
          <FormPreview template={template} view={view} draft={draft} problems={state.problems ?? []} problemText={textOf} />
          {modal === 'diff' && <DiffModal submissionId={view.submission.id} revision={view.submission.revision} template={template} onClose={() => setModal(null)} />}
          {modal === 'compare' && complete && <CompareModal selection={complete} template={template} onClose={() => setModal(null)} />}
        </>
      )}
    </Flex>
  );
}

