import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, DatePicker, Form, Input, Popconfirm, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { calendarOverrideInput } from '../../../../../electron/api/contract/workflowSchemas';
import { CALENDAR_OVERRIDE_KINDS, type CalendarOverrideKind } from '../../../../../db/reference/workflows';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { DATE_FORMAT, dateField } from '../../investment/formFieldProps';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { useApiQuery } from '../../investment/useApiQuery';
import { lengthLimit } from '../../../components/lengthLimit';

interface Values {
  date?: string | null;
  kind?: CalendarOverrideKind;
  note?: string;
}

/** Days entered by hand from a State Council notice, for years the holiday package does not know yet. */
export function OverridesCard({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const overrides = useApiQuery('calendar.overrides', {});
  const changed = () => {
    overrides.reload();
    onChanged();
  };
  const save = useApiForm({
    form,
    fields: ['date', 'kind', 'note'],
    check: (values: Values) => checkWith(calendarOverrideInput, { ...values, date: values.date ?? undefined }),
    send: (input) => call('calendar.setOverride', input),
    onSaved: (saved) => {
      message.success(t('cal.added', { date: saved.date }));
      form.resetFields(['date', 'note']);
      changed();
    },
  });
  const remove = async (date: string) => {
    try {
      await call('calendar.removeOverride', { date });
      message.success(t('cal.removed', { date }));
      changed();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('cal.overridesHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="inline" data-testid="override-form" initialValues={{ kind: 'holiday' }} onFinish={(v) => void save.submit(v)} onValuesChange={save.clearIssues} style={{ rowGap: 8, marginBottom: 16 }}>
        <Form.Item<Values> name="date" label={t('cal.date')} required {...dateField}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item<Values> name="kind" label={t('cal.kind')} required>
          <Select style={{ width: 120 }} options={CALENDAR_OVERRIDE_KINDS.map((value) => ({ value, label: t(`cal.kind.override.${value}`) }))} />
        </Form.Item>
        <Form.Item<Values> name="note" label={t('cal.note')}>
          <Input placeholder={t('cal.notePlaceholder')} count={lengthLimit(200)} style={{ width: 220 }} />
        </Form.Item>
        <Button type="primary" icon={<PlusOutlined />} loading={save.saving} data-testid="override-form-submit" onClick={() => form.submit()}>
          {t('cal.add')}
        </Button>
      </Form>
      {save.problem && <Alert type="error" showIcon title={save.problem} className="form-alert" />}
      <Table
        data-testid="override-table"
        rowKey="date"
        size="small"
        loading={overrides.loading}
        pagination={false}
        dataSource={overrides.data ?? []}
        locale={{ emptyText: t('cal.overrides.empty') }}
        columns={[
          { key: 'date', title: t('cal.date'), dataIndex: 'date', width: 130 },
          { key: 'kind', title: t('cal.kind'), width: 110, render: (_, o) => t(`cal.kind.override.${o.kind}`) },
          { key: 'note', title: t('cal.note'), dataIndex: 'note' },
          { key: 'by', title: '', width: 220, render: (_, o) => <Typography.Text type="secondary">{t('cal.updatedBy', { actor: o.updatedBy, at: dayjs(o.updatedAt).format('YYYY-MM-DD HH:mm') })}</Typography.Text> },
          {
            key: 'remove',
            title: '',
            width: 90,
            render: (_, o) => (
              <Popconfirm title={t('cal.removeConfirm', { date: o.date })} onConfirm={() => void remove(o.date)}>
                <Button size="small" danger icon={<DeleteOutlined />} data-testid={`override-remove-${o.date}`}>
                  {t('cal.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </>
  );
}
