import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Empty, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../../../app/routes';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import { downloadBlob } from '../downloadBlob';
import { useDepartmentOptions } from '../useDepartments';
import { useTemplateOptions } from '../useTemplateOptions';
import type { OverdueRow } from '../workflowTypes';
import { OVERDUE_COLUMNS } from './overdueColumns';
import { overdueWorkbookBlob } from './overdueWorkbook';

type Basis = 'statutory' | 'promised';

/** The screen shows what a meeting asks about (who is late, by how much); the sheet carries every column. */
const ON_SCREEN = new Set(['serial', 'subject', 'step', 'department', 'stepStatutoryDue', 'stepStatutoryOver', 'stepPromisedDue', 'stepPromisedOver', 'overallStatutoryOver', 'overallPromisedOver']);

/** Overdue applications, one row per department still to approve, as on screen so in the exported sheet. */
export function OverdueTab() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [department, setDepartment] = useState<string>();
  const [templateId, setTemplateId] = useState<string>();
  const [basis, setBasis] = useState<Basis>();
  const [exporting, setExporting] = useState(false);
  const report = useApiQuery('workflowReports.overdue', { department, templateId, basis });
  const departments = useDepartmentOptions();
  const templates = useTemplateOptions();
  const rows = report.data?.rows ?? [];
  const asOf = report.data?.asOf ?? '';

  const exportSheet = async () => {
    setExporting(true);
    try {
      const fileName = `${t('report.file')}-${asOf}.xlsx`;
      downloadBlob(await overdueWorkbookBlob(rows, t, asOf), fileName);
      message.success(t('report.exported', { file: fileName }));
    } catch (error) {
      console.error('[workflows] overdue export failed', error);
      message.error(errorText(error, t));
    } finally {
      setExporting(false);
    }
  };

  const columns = OVERDUE_COLUMNS.filter((c) => ON_SCREEN.has(c.key)).map((c) => ({
    key: c.key,
    title: c.title(t),
    width: Math.max(100, c.width * 8),
    align: c.numeric ? ('right' as const) : undefined,
    render: (_: unknown, row: OverdueRow) => {
      const value = c.value(row, t);
      if (c.key === 'serial') return <a href={hashOf('workflows', row.applicationId)}>{value}</a>;
      if (c.key === 'subject')
        return (
          <div>
            {value}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {row.enterpriseName}
              </Typography.Text>
            </div>
          </div>
        );
      if (c.numeric) return <Typography.Text type={Number(value) > 0 ? 'danger' : 'secondary'} strong={Number(value) > 0}>{value}</Typography.Text>;
      return value ?? '—';
    },
  }));

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <Select allowClear style={{ width: 200 }} placeholder={t('wf.filter.department')} options={departments.options} value={department} onChange={setDepartment} />
        <Select allowClear style={{ width: 220 }} placeholder={t('wf.filter.template')} options={templates.options} value={templateId} onChange={setTemplateId} />
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('report.basis.any')}
          value={basis}
          onChange={setBasis}
          options={(['statutory', 'promised'] as const).map((value) => ({ value, label: t(`report.basis.${value}`) }))}
        />
        {asOf && <Typography.Text type="secondary">{t('report.asOf', { date: asOf })}</Typography.Text>}
        <Button
          type="primary"
          icon={<DownloadOutlined />}
          data-testid="overdue-export"
          loading={exporting}
          disabled={report.loading || rows.length === 0}
          onClick={() => void exportSheet()}
          style={{ marginLeft: 'auto' }}
        >
          {t('report.export')}
        </Button>
      </Flex>
      {report.error !== null && <Alert type="error" showIcon title={errorText(report.error, t)} />}
      <Table<OverdueRow>
        data-testid="overdue-table"
        rowKey={(r) => `${r.applicationId}:${r.department}`}
        size="small"
        columns={columns}
        dataSource={rows}
        loading={report.loading}
        pagination={false}
        scroll={{ x: columns.reduce((sum, c) => sum + c.width, 0) }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.empty')} /> }}
      />
    </Flex>
  );
}
