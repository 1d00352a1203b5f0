import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../investment/useApiQuery';
import { PeriodPicker } from '../fill/PeriodPicker';
import { WorkbookPicker } from '../imports/WorkbookPicker';
import { duePeriod } from '../shared/periods';
import type { PeriodKind, ReportTemplate } from '../shared/reportTypes';
import { sizeText, type PickedWorkbook } from '../shared/xlsxFile';
import { ConsolidationChecks } from './ConsolidationChecks';
import { SummaryTable } from './SummaryTable';
import { useConsolidation, type ConsolidationCode } from './useConsolidation';

const kindOf = (code: ConsolidationCode): PeriodKind => (code === 'T1' ? 'month' : 'quarter');

/** 汇总 (province): several parks' T1 or T3 workbooks of one period → checks and a summary with parks as rows. */
export function ProvinceTab() {
  const { t } = useTranslation();
  const [code, setCode] = useState<ConsolidationCode>('T1');
  // The period due at the province now (last month for T1, last quarter for T3); the usual one to consolidate.
  const [period, setPeriod] = useState<string | undefined>(() => duePeriod(kindOf('T1'), dayjs()));
  const [files, setFiles] = useState<PickedWorkbook[]>([]);
  const flow = useConsolidation();
  const template = useApiQuery('reports.template', { code }).data as ReportTemplate | null;
  const choose = (next: ConsolidationCode) => {
    setCode(next);
    setPeriod(duePeriod(kindOf(next), dayjs()));
    flow.reset();
  };
  const add = (picked: PickedWorkbook[]) => {
    setFiles((old) => [...old.filter((f) => !picked.some((p) => p.fileName === f.fileName)), ...picked]);
    flow.reset();
  };
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('prov.title')}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('prov.intro')}</Typography.Text>
          <Flex gap={8} align="center" wrap>
            <Segmented<ConsolidationCode> value={code} onChange={choose} options={[{ value: 'T1', label: t('prov.formT1') }, { value: 'T3', label: t('prov.formT3') }]} data-testid="prov-form" />
            <PeriodPicker kind={kindOf(code)} value={period} onChange={(p) => { setPeriod(p); flow.reset(); }} />
          </Flex>
          <WorkbookPicker multiple testId="prov-files" onPicked={add} />
          {files.length > 0 && (
            <ul className="prov-files" data-testid="prov-file-list">
              {files.map((f) => (
                <li key={f.fileName}>
                  {f.fileName}（{sizeText(f.size)}）
                  <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('prov.remove', { name: f.fileName })} onClick={() => { setFiles((old) => old.filter((x) => x !== f)); flow.reset(); }} />
                </li>
              ))}
            </ul>
          )}
          <Flex gap={8}>
            <Button type="primary" disabled={!period || files.length === 0} loading={flow.busy === 'dryRun'} onClick={() => period && void flow.dryRun(code, period, files)} data-testid="prov-dry-run">
              {t('prov.dryRun')}
            </Button>
            <Button disabled={!flow.run?.batchId || flow.committed} loading={flow.busy === 'commit'} onClick={() => void flow.commit()} data-testid="prov-commit">
              {flow.committed ? t('prov.committedShort') : t('prov.commit')}
            </Button>
            <Button disabled={!flow.run?.batchId} loading={flow.busy === 'export'} onClick={() => void flow.exportSummary()} data-testid="prov-export">
              {t('prov.export')}
            </Button>
          </Flex>
        </Flex>
      </Card>
      {flow.run && (
        <>
          <ConsolidationChecks checks={flow.run.checks} />
          {template && flow.run.parks.length > 0 && <SummaryTable key={code} template={template} parks={flow.run.parks} />}
        </>
      )}
    </Flex>
  );
}
