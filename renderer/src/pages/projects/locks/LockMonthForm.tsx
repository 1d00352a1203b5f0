import { LockOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, DatePicker, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { monthLockInput } from '../../../../../electron/api/contract/projectSchemas';
import { call } from '../../../api/client';
import { MONTH_FORMAT, monthField } from '../../investment/formFieldProps';
import { ParkSelect } from '../../investment/pickers/ParkSelect';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';

interface Values {
  parkId?: string;
  period: string | null;
}

/** Pick a park and a reported month, lock it; the usual month is the one just ended. */
export function LockMonthForm({ parkName, onLocked }: { parkName(id: string): string; onLocked(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiForm({
    form,
    fields: ['parkId', 'period'],
    check: (values: Values) => checkWith(monthLockInput, values),
    send: (input) => call('arrivals.lockMonth', input),
    onSaved: ({ parkId, period }) => {
      message.success(t('locks.locked', { park: parkName(parkId), period }));
      onLocked();
    },
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="lock-form"
      initialValues={{ period: dayjs().subtract(1, 'month').format(MONTH_FORMAT) }}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
    >
      {save.problem && <Alert type="error" showIcon title={save.problem} className="form-alert" />}
      <Flex gap={12} align="flex-start" wrap>
        <Form.Item name="parkId" label={t('locks.park')} required style={{ flex: '1 1 240px', marginBottom: 8 }}>
          <ParkSelect />
        </Form.Item>
        <Form.Item name="period" label={t('locks.period')} required style={{ width: 150, marginBottom: 8 }} {...monthField}>
          <DatePicker picker="month" format={MONTH_FORMAT} placeholder={t('pick.month')} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label=" " style={{ marginBottom: 8 }}>
          <Button data-testid="lock-form-submit" type="primary" icon={<LockOutlined />} loading={save.saving} onClick={() => form.submit()}>
            {t('locks.lock')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
