import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ApiCallError } from '../../../api/apiCallError';
import { errorText, fieldIssueText } from '../../../i18n/errorText';
import { indicatorName } from '../indicatorLabels';
import type { IndicatorDefinitionRow, IndicatorYear } from './indicatorRows';

interface Props {
  parkId: string;
  year: number;
  definition: IndicatorDefinitionRow;
  row: IndicatorYear;
  onClose(): void;
  onSaved(count: number): void;
}

/** Hand entry of one indicator's periods of one year; an empty box means "no data", never 0. */
export function IndicatorEntryModal({ parkId, year, definition, row, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(row.periods.map((p) => [p.period, p.value === null ? '' : String(p.value)])));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const name = indicatorName(definition.code, t);

  const save = async () => {
    setSaving(true);
    setProblems({});
    setError(null);
    try {
      const periods = row.periods.map((p) => p.period);
      const result = await call('indicators.save', { parkId, values: periods.map((period) => ({ code: definition.code, period, value: values[period]?.trim() || null })) });
      onSaved(result.changed);
    } catch (failure) {
      const fields = failure instanceof ApiCallError ? failure.fieldIssues : [];
      if (fields.length) {
        setProblems(Object.fromEntries(fields.map((f) => [row.periods[Number(f.path.split('.')[1])]?.period ?? '', fieldIssueText(f, t)])));
      } else setError(errorText(failure, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('ind.editTitle', { name, year })}
      okText={t('ind.save')}
      cancelText={t('ind.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'indicator-save' }}
    >
      <Typography.Paragraph type="secondary">{t('ind.editHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form layout="horizontal" labelCol={{ span: 6 }}>
        {row.periods.map((p) => (
          <Form.Item key={p.period} label={p.period} validateStatus={problems[p.period] ? 'error' : undefined} help={problems[p.period]}>
            <Input
              data-testid={`indicator-input-${p.period}`}
              inputMode="decimal"
              value={values[p.period]}
              onChange={(e) => setValues((v) => ({ ...v, [p.period]: e.target.value }))}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
