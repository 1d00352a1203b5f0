import { Alert, App as AntApp, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { hashOf } from '../../../app/routes';
import { DrawerFormBody, FormDrawer } from '../../investment/DrawerForm';
import { today } from '../../investment/formFieldProps';
import { useApiForm } from '../../investment/useApiForm';
import { useTemplateOptions } from '../useTemplateOptions';
import { IntakeFields } from './IntakeFields';
import { acceptAtIntake, checkIntake, type IntakeRequest, type IntakeValues } from './intakeRequest';

const FIELDS = ['templateId', 'enterpriseId', 'projectId', 'subject', 'contactName', 'contactPhone', 'submittedOn', 'materialsReceived', 'supplyBy', 'note'] as const;

interface Filed {
  id: string;
  serial: string;
}

function IntakeForm({ onClose, onCreated }: { onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const { templates } = useTemplateOptions();
  // Filed but refused acceptance: the next submit only retries the acceptance, never files a second application.
  const [filed, setFiled] = useState<Filed | null>(null);

  const send = async (request: IntakeRequest): Promise<Filed> => {
    const application = filed ?? (await call('applications.create', request.create));
    const done = { id: application.id, serial: application.serial };
    if (request.mode === 'submit') return done;
    try {
      await acceptAtIntake(done.id, request);
    } catch (error) {
      setFiled(done);
      throw error;
    }
    return done;
  };

  const save = useApiForm({
    form,
    fields: FIELDS,
    rename: { on: 'submittedOn', comment: 'note' },
    check: checkIntake,
    send,
    onSaved: (done) => {
      message.success(t('intake.created', { serial: done.serial }));
      onCreated(done.id);
    },
  });

  return (
    <DrawerFormBody<IntakeValues>
      form={form}
      testId="intake-form"
      initialValues={{ mode: 'accept', submittedOn: today(), materialsReceived: [] }}
      saving={save.saving}
      problem={save.problem}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      {filed && (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t('intake.createdNotAccepted', { serial: filed.serial })}
          action={<a href={hashOf('workflows', filed.id)}>{t('intake.openCreated')}</a>}
        />
      )}
      <IntakeFields templates={templates} filed={filed !== null} />
    </DrawerFormBody>
  );
}

/** 一窗收件: one drawer, one form, filed and (usually) accepted in one go. */
export function IntakeDrawer({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer open={open} title={t('intake.title')} onClose={onClose}>
      <IntakeForm onClose={onClose} onCreated={onCreated} />
    </FormDrawer>
  );
}
