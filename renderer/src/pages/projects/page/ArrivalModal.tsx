import { LockOutlined } from '@ant-design/icons';
import { App as AntApp, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { arrivalAddInput } from '../../../../../electron/api/contract/projectSchemas';
import { useLocaleState } from '../../../app/localeContext';
import { call } from '../../../api/client';
import { DATE_FORMAT, dateField, notInFuture, today } from '../../investment/formFieldProps';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { wan } from '../../investment/wanText';
import { arrivalUsd, COMMON_CURRENCIES, currencyName, periodOf } from './arrivalMath';
import { lengthLimit } from '../../../components/lengthLimit';

interface Values {
  arrivedOn: string | null;
  currency: string;
  amount: string;
  rateToUsd: string;
  note: string;
}

interface Props {
  projectId: string;
  signedOn: string | null;
  lockedPeriods: ReadonlySet<string>;
  onClose(): void;
  onAdded(): void;
}

/** 实到外资: a date, an amount (万美元, or another currency at the month's rate), a note. */
export function ArrivalModal({ projectId, signedOn, lockedPeriods, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const currency = Form.useWatch('currency', form) ?? 'USD';
  const amount = Form.useWatch('amount', form) ?? '';
  const rate = Form.useWatch('rateToUsd', form) ?? '';
  const period = periodOf(Form.useWatch('arrivedOn', form));
  const usd = arrivalUsd(currency, amount, rate);
  const save = useApiForm({
    form,
    fields: ['arrivedOn', 'currency', 'amount', 'rateToUsd', 'note'],
    // USD needs no rate: the server takes 1, and an old rate typed for another currency must not get in the way.
    check: (values: Values) => checkWith(arrivalAddInput, { projectId, ...values, rateToUsd: values.currency === 'USD' ? '1' : values.rateToUsd }),
    send: (input) => call('arrivals.add', input),
    onSaved: (saved) => {
      message.success(t('arrivalForm.added', { amount: wan(saved.amountUsd) }));
      onAdded();
    },
  });

  // Said before sending: the signing date bounds the date, and a locked month will be refused.
  const dateHint = (
    <>
      {signedOn && (
        <div>
          <Typography.Text type="secondary">{t('arrivalForm.signedOn', { date: signedOn })}</Typography.Text>
        </div>
      )}
      {period && lockedPeriods.has(period) && (
        <div>
          <Typography.Text type="warning" data-testid="arrival-locked-hint">
            <LockOutlined /> {t('arrivalForm.lockedMonth', { period })}
          </Typography.Text>
        </div>
      )}
    </>
  );

  return (
    <ModalForm<Values>
      title={t('arrivals.add')}
      form={form}
      testId="arrival-form"
      initialValues={{ arrivedOn: today(), currency: 'USD', amount: '', rateToUsd: '', note: '' }}
      saving={save.saving}
      problem={save.problem}
      okText={t('arrivalForm.submit')}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="arrivedOn"
            label={t('arrivalForm.arrivedOn')}
            required
            extra={dateHint}
            {...dateField}
          >
            <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="currency" label={t('arrivalForm.currency')} required>
            <Select
              data-testid="arrival-currency"
              options={COMMON_CURRENCIES.map((code) => ({ value: code, label: `${code} ${currencyName(code, locale)}` }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={currency === 'USD' ? 24 : 12}>
          <Form.Item
            name="amount"
            label={currency === 'USD' ? t('arrivalForm.amountWan') : t('arrivalForm.amountOther', { currency })}
            required
            extra={usd !== null ? t('arrivalForm.preview', { amount: wan(usd) }) : undefined}
          >
            <Input inputMode="decimal" count={lengthLimit(20)} className="num" autoFocus />
          </Form.Item>
        </Col>
        {currency !== 'USD' && (
          <Col span={12}>
            <Form.Item name="rateToUsd" label={t('arrivalForm.rate', { currency })} required>
              <Input inputMode="decimal" count={lengthLimit(12)} className="num" />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="note" label={t('arrivalForm.note')}>
        <Input count={lengthLimit(500)} />
      </Form.Item>
    </ModalForm>
  );
}
