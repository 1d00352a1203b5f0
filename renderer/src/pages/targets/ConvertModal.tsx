import { Alert, App as AntApp, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { targetConvertInput } from '../../../../electron/api/contract/targetSchemas';
import type { ProjectType } from '../../../../db/reference/investment';
import { call } from '../../api/client';
import { goTo } from '../../app/routes';
import { DATE_FORMAT, dateField, notInFuture, nullWhenCleared, today } from '../investment/formFieldProps';
import { typeOptions } from '../investment/investmentLabels';
import { ModalForm } from '../investment/ModalForm';
import { EnterprisePicker } from '../investment/pickers/EnterprisePicker';
import { ParkSelect } from '../investment/pickers/ParkSelect';
import { checkWith } from '../investment/schemaCheck';
import { useApiForm } from '../investment/useApiForm';
import type { TargetRecord } from './targetFormValues';
import { lengthLimit } from '../../components/lengthLimit';

interface Values {
  parkId?: string;
  name: string;
  type: ProjectType;
  totalInvestmentWan: string;
  on: string | null;
  enterpriseId: string | null;
}

/** A target that is won becomes a project; the user lands on the new project's page. */
export function ConvertModal({ target, onClose }: { target: TargetRecord; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiForm({
    form,
    fields: ['parkId', 'name', 'type', 'totalInvestmentWan', 'on', 'enterpriseId'],
    check: (values: Values) => checkWith(targetConvertInput, { id: target.id, ...values }),
    send: (input) => call('targets.convert', input),
    onSaved: ({ projectId }) => {
      message.success(t('convert.done'));
      goTo('projects', projectId);
    },
  });

  return (
    <ModalForm<Values>
      title={t('convert.title', { name: target.company })}
      form={form}
      testId="convert-form"
      width={620}
      initialValues={{
        parkId: target.parkId ?? undefined,
        name: target.company,
        type: 'new',
        totalInvestmentWan: '',
        on: today(),
        enterpriseId: null,
      }}
      saving={save.saving}
      problem={save.problem}
      okText={t('convert.submit')}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('convert.hint')} className="form-alert" />
      <Form.Item name="name" label={t('convert.name')} required>
        <Input count={lengthLimit(100)} autoFocus />
      </Form.Item>
      <Form.Item name="parkId" label={t('convert.parkId')} required>
        <ParkSelect />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="type" label={t('convert.type')} required>
            <Select options={typeOptions(t)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="totalInvestmentWan" label={t('convert.totalInvestmentWan')} required>
            <Input inputMode="decimal" count={lengthLimit(16)} className="num" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="on" label={t('convert.on')} required {...dateField}>
            <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="enterpriseId" label={t('convert.enterpriseId')} extra={t('convert.enterpriseHint')} {...nullWhenCleared}>
        <EnterprisePicker allowClear />
      </Form.Item>
    </ModalForm>
  );
}
