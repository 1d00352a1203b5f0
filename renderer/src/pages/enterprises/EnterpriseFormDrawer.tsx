import { App as AntApp, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { DrawerFormBody, FormDrawer } from '../investment/DrawerForm';
import { useApiForm } from '../investment/useApiForm';
import { EnterpriseFormFields } from './EnterpriseFormFields';
import {
  checkEnterpriseForm,
  emptyEnterpriseForm,
  ENTERPRISE_FORM_FIELDS,
  enterpriseToForm,
  routeEnterpriseIssues,
  type EnterpriseFormValues,
  type EnterpriseRecord,
  type EnterpriseSave,
} from './enterpriseFormValues';

function send(save: EnterpriseSave): Promise<EnterpriseRecord> {
  return 'create' in save ? call('enterprises.create', save.create) : call('enterprises.update', save.update);
}

interface EditorProps {
  enterprise: EnterpriseRecord | null;
  onClose(): void;
  onSaved(enterprise: EnterpriseRecord): void;
}

function EnterpriseEditor({ enterprise, onClose, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [duplicateName, setDuplicateName] = useState(false);
  const save = useApiForm({
    form,
    fields: ENTERPRISE_FORM_FIELDS,
    listFields: ['contacts'],
    check: (values: EnterpriseFormValues) => checkEnterpriseForm(values, enterprise),
    send,
    special: (issues) => routeEnterpriseIssues(issues, () => setDuplicateName(true)),
    onSaved: (saved) => {
      message.success(t(enterprise ? 'enterpriseForm.saved' : 'enterpriseForm.created', { name: saved.name }));
      onSaved(saved);
    },
  });

  return (
    <DrawerFormBody<EnterpriseFormValues>
      form={form}
      testId="enterprise-form"
      initialValues={enterprise ? enterpriseToForm(enterprise) : emptyEnterpriseForm()}
      saving={save.saving}
      problem={save.problem}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={(changed) => {
        save.clearIssues(changed);
        // Another name may well be unique: the question is asked again only if the server finds it taken again.
        if ('name' in changed) {
          setDuplicateName(false);
          form.setFieldValue('confirmDuplicateName', false);
        }
      }}
      onClose={onClose}
    >
      <EnterpriseFormFields duplicateName={duplicateName} />
    </DrawerFormBody>
  );
}

export function EnterpriseFormDrawer({ open, ...editor }: EditorProps & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <FormDrawer
      open={open}
      onClose={editor.onClose}
      title={editor.enterprise ? t('enterpriseForm.titleEdit', { name: editor.enterprise.name }) : t('enterpriseForm.titleNew')}
    >
      <EnterpriseEditor key={editor.enterprise?.id ?? 'new'} {...editor} />
    </FormDrawer>
  );
}
