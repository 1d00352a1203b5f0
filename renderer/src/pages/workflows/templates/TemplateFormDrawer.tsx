import { PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { DrawerFormBody, FormDrawer } from '../../investment/DrawerForm';
import { useApiForm } from '../../investment/useApiForm';
import { categoryOptions } from '../workflowLabels';
import type { TemplateView } from '../workflowTypes';
import { StepFields } from './StepFields';
import { checkTemplateForm, emptyStep, placeDepartmentIssues, templateFormValues, type TemplateFormValues } from './templateFormValues';
import { lengthLimit } from '../../../components/lengthLimit';

const FIELDS = ['name', 'category', 'legalBasis', 'policyClauseId', 'steps'] as const;

interface Props {
  /** The current version being edited; null for a new template. */
  template: TemplateView | null;
  onClose(): void;
  onSaved(saved: TemplateView): void;
}

function TemplateForm({ template, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<TemplateFormValues>();
  const save = useApiForm({
    form,
    fields: FIELDS,
    listFields: ['steps'],
    special: placeDepartmentIssues,
    check: (values: TemplateFormValues) => checkTemplateForm(values),
    send: (input) => (template ? call('workflowTemplates.update', { ...input, id: template.id }) : call('workflowTemplates.create', input)),
    onSaved: (saved) => {
      message.success(t('tpl.saved', { name: saved.name, version: saved.version }));
      onSaved(saved);
    },
  });

  return (
    <DrawerFormBody<TemplateFormValues>
      form={form}
      testId="template-form"
      initialValues={templateFormValues(template)}
      saving={save.saving}
      problem={save.problem}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      {template && <Alert type="info" showIcon className="form-alert" title={t('tpl.editNotice', { version: template.version + 1 })} />}
      <Form.Item<TemplateFormValues> name="name" label={t('tpl.name')} required>
        <Input count={lengthLimit(100)} />
      </Form.Item>
      <Form.Item<TemplateFormValues> name="category" label={t('tpl.category')} required>
        <Select options={categoryOptions(t)} placeholder={t('common.select')} />
      </Form.Item>
      <Form.Item<TemplateFormValues> name="legalBasis" label={t('tpl.legalBasis')}>
        <Input.TextArea rows={3} count={lengthLimit(2000)} />
      </Form.Item>
      <Form.Item<TemplateFormValues> name="policyClauseId" label={t('tpl.policyClause')}>
        <Input count={lengthLimit(100)} />
      </Form.Item>
      <Form.Item label={t('tpl.steps')} required>
        <Form.List name="steps">
          {(steps, { add, remove, move }, { errors }) => (
            <Flex vertical gap={12}>
              {steps.map((step, index) => (
                <StepFields key={step.key} name={step.name} index={index} count={steps.length} onRemove={() => remove(step.name)} onMove={(to) => move(index, to)} />
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} data-testid="template-step-add" onClick={() => add(emptyStep())}>
                {t('tpl.step.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </DrawerFormBody>
  );
}

/** Create a template, or edit the current version (saving makes the next version). */
export function TemplateFormDrawer({ open, ...props }: Props & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} title={props.template ? `${t('tpl.edit')} · ${props.template.name}` : t('tpl.new')} onClose={props.onClose}>
      <TemplateForm {...props} />
    </FormDrawer>
  );
}
