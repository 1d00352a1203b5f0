import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParkSelect } from '../../investment/pickers/ParkSelect';
import { JobProgress } from '../shared/JobProgress';
import { sizeText } from '../shared/xlsxFile';
import { PeriodFilter } from '../submissions/PeriodFilter';
import { DryRunResult } from './DryRunResult';
import { ImportHistory } from './ImportHistory';
import { useImportFlow } from './useImportFlow';
import { WorkbookPicker } from './WorkbookPicker';

/** 导入: a T2 ledger or a T3/T4 form → dry run → problems or preview → all-or-nothing commit; the history below. */
export function ImportTab() {
  const { t } = useTranslation();
  const [historyVersion, setHistoryVersion] = useState(0);
  const flow = useImportFlow(() => setHistoryVersion((n) => n + 1));
  const [options, setOptions] = useState<{ parkId?: string | undefined; period?: string | undefined }>({});
  const running = flow.step === 'dryRun' || flow.step === 'committing';
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('imp.title')}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('imp.intro')}</Typography.Text>
          <Flex gap={8} wrap align="center">
            <ParkSelect allowClear style={{ width: 400 }} placeholder={t('imp.parkOptional')} aria-label={t('pick.park')} value={options.parkId} onChange={(parkId) => setOptions((o) => ({ ...o, parkId }))} disabled={running} />
            <PeriodFilter value={options.period} onChange={(period) => setOptions((o) => ({ ...o, period }))} />
          </Flex>
          {flow.step === 'pick' && <WorkbookPicker testId="imp-file" onPicked={([file]) => file && void flow.start(file, options)} />}
          {flow.file && flow.step !== 'pick' && (
            <Typography.Text data-testid="imp-file-name">
              {t('imp.file', { name: flow.file.fileName, size: sizeText(flow.file.size) })}
            </Typography.Text>
          )}
          {flow.failure && <Alert type="error" showIcon title={flow.failure} data-testid="imp-failure" />}
          {running && <JobProgress job={flow.job.job} onCancel={() => void flow.job.cancel()} testId="imp-progress" />}
          {flow.step === 'checked' && flow.dryRun && (
            <DryRunResult dryRun={flow.dryRun} committing={false} onProblemCopy={() => void flow.problemCopy()} onCommit={() => void flow.commit()} onRestart={flow.restart} />
          )}
          {flow.step === 'done' && flow.committed && (
            <Result
              status="success"
              title={t('imp.done')}
              subTitle={t('imp.doneSummary', { creates: flow.committed.summary.creates, updates: flow.committed.summary.updates, unchanged: flow.committed.summary.unchanged })}
              extra={
                <Button type="primary" onClick={flow.restart} data-testid="imp-again">
                  {t('imp.another')}
                </Button>
              }
              data-testid="imp-done"
            />
          )}
        </Flex>
      </Card>
      <ImportHistory version={historyVersion} />
    </Flex>
  );
}
