import { App as AntApp, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { base64Blob } from '../../checklists/base64Files';
import { downloadBlob } from '../../workflows/downloadBlob';
import { benefitColumns, type BenefitRow } from './benefitColumns';

interface Props {
  rows: readonly BenefitRow[];
  show: 'enterprise' | 'policy';
  totalYuan: string;
  totalWan: string;
  emptyText: string;
  onChanged(): void;
}

/** Benefits granted with the exact total under the table; evidence opens as a download, delete asks first. */
export function BenefitsTable({ rows, show, totalYuan, totalWan, emptyText, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const fail = (error: unknown) => message.error(errorText(error, t));
  const onEvidence = (row: BenefitRow) =>
    call('benefits.readEvidence', { id: row.id }).then((file) => downloadBlob(base64Blob(file.base64, 'application/octet-stream'), file.name), fail);
  const onDelete = (row: BenefitRow) =>
    call('benefits.delete', { id: row.id }).then(() => {
      message.success(t('ben.deleted'));
      onChanged();
    }, fail);
  return (
    <Table<BenefitRow>
      rowKey="id"
      size="small"
      data-testid="benefits-table"
      columns={benefitColumns({ t, show, onEvidence, onDelete })}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText }}
      footer={rows.length ? () => <Typography.Text strong data-testid="benefits-total">{t('ben.total', { yuan: totalYuan, wan: totalWan })}</Typography.Text> : undefined}
    />
  );
}
