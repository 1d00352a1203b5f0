import { App, Checkbox, Divider, Form, Input, Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { checklistCreateInput } from '../../../../../electron/api/contract/checklistSchemas';
import { call } from '../../../api/client';
import { DrawerFormBody, FormDrawer } from '../../investment/DrawerForm';
import { nullWhenCleared } from '../../investment/formFieldProps';
import { typeOptions } from '../../investment/investmentLabels';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { useApiQuery } from '../../investment/useApiQuery';
import { ApplicableList } from '../ApplicableList';
import { domainLabel } from '../checklistLabels';
import { FactCheckboxes } from '../FactCheckboxes';
import { lengthLimit } from '../../../components/lengthLimit';

interface Values {
  templateIds: string[];
  title: string;
  projectId: string | null;
  projectType: string | null;
  hasForeignStaff: boolean;
  imports: boolean;
  exports: boolean;
}

const FIELDS = ['templateIds', 'title', 'projectId', 'projectType', 'hasForeignStaff', 'imports', 'exports'] as const;

/** Builds a checklist from templates; the items that will apply, and why, show below before anything is saved. */
export function CreateChecklistDrawer({ enterpriseId, onClose, onCreated }: { enterpriseId: string; onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const templates = useApiQuery('checklistTemplates.list', {});
  const enterprise = useApiQuery('enterprises.get', { id: enterpriseId });
  const api = useApiForm<Values, typeof checklistCreateInput._zod.output, Awaited<ReturnType<typeof call<'checklists.create'>>>>({
    form,
    fields: FIELDS,
    check: (values) => checkWith(checklistCreateInput, { ...values, enterpriseId }),
    send: (input) => call('checklists.create', input),
    onSaved: (created) => {
      message.success(t('cl.form.created', { count: created.items.length }));
      onCreated(created.checklist.id);
    },
  });
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const e = enterprise.data?.enterprise;
  const projects = (enterprise.data?.projects ?? []).map((row) => row.project);
  const project = projects.find((p) => p.id === watched?.projectId);
  return (
    <FormDrawer open title={`${t('cl.form.title')}${e ? ` · ${e.name}` : ''}`} onClose={onClose}>
      <DrawerFormBody<Values>
        form={form}
        initialValues={{ templateIds: [], title: '', projectId: null, projectType: 'new', hasForeignStaff: false, imports: false, exports: false }}
        saving={api.saving}
        problem={api.problem}
        testId="checklist-create-form"
        submitTestId="checklist-create-submit"
        onFinish={api.submit}
        onValuesChange={api.clearIssues}
        onClose={onClose}
      >
        <Form.Item name="templateIds" label={t('cl.form.templates')} required>
          <Checkbox.Group
            data-testid="checklist-create-templates"
            options={(templates.data ?? []).map((tpl) => ({ value: tpl.id, label: `${domainLabel(tpl.domain, t)} · ${tpl.nameZh}` }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('cl.form.titleField')}>
          <Input count={lengthLimit(200)} />
        </Form.Item>
        {projects.length > 0 && (
          <Form.Item name="projectId" label={t('nav.projects')} {...nullWhenCleared}>
            <Select allowClear options={projects.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
        )}
        {!project && (
          <Form.Item name="projectType" label={t('cl.form.projectType')} {...nullWhenCleared}>
            <Select allowClear options={typeOptions(t)} />
          </Form.Item>
        )}
        <FactCheckboxes />
        <Divider>{t('cl.preview.title')}</Divider>
        {e && watched?.templateIds?.length ? (
          <Preview
            profile={{
              countryCode: e.countryCode,
              industryCode: e.industryCode,
              tags: e.tags,
              projectType: project?.type ?? (watched.projectType as 'new' | null | undefined) ?? null,
              hasForeignStaff: Boolean(watched.hasForeignStaff),
              imports: Boolean(watched.imports),
              exports: Boolean(watched.exports),
              templateIds: watched.templateIds,
            }}
          />
        ) : null}
      </DrawerFormBody>
    </FormDrawer>
  );
}

function Preview({ profile }: { profile: Parameters<typeof call<'checklistTemplates.applicable'>>[1] }) {
  const result = useApiQuery('checklistTemplates.applicable', profile);
  return result.data ? <ApplicableList result={result.data} /> : <Spin />;
}
