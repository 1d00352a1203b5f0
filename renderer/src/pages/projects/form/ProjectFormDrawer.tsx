import { App as AntApp, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { DrawerFormBody, FormDrawer } from '../../investment/DrawerForm';
import { useApiForm } from '../../investment/useApiForm';
import { ProjectFormFields } from './ProjectFormFields';
import {
  checkProjectForm,
  emptyProjectForm,
  PROJECT_FORM_FIELDS,
  projectToForm,
  type ProjectFormValues,
  type ProjectRecord,
  type ProjectSave,
} from './projectFormValues';

function send(save: ProjectSave): Promise<ProjectRecord> {
  return 'create' in save ? call('projects.create', save.create) : call('projects.update', save.update);
}

interface EditorProps {
  /** null: a new project. */
  project: ProjectRecord | null;
  enterpriseLabel?: string;
  onClose(): void;
  onSaved(project: ProjectRecord): void;
}

function ProjectEditor({ project, enterpriseLabel, onClose, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const save = useApiForm({
    form,
    fields: PROJECT_FORM_FIELDS,
    check: (values: ProjectFormValues) => checkProjectForm(values, project),
    send,
    onSaved: (saved) => {
      message.success(t(project ? 'projectForm.saved' : 'projectForm.created', { name: saved.name }));
      onSaved(saved);
    },
  });

  return (
    <DrawerFormBody<ProjectFormValues>
      form={form}
      testId="project-form"
      initialValues={project ? projectToForm(project) : emptyProjectForm()}
      saving={save.saving}
      problem={save.problem}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <ProjectFormFields creating={!project} enterpriseLabel={enterpriseLabel} />
    </DrawerFormBody>
  );
}

export function ProjectFormDrawer({ open, ...editor }: EditorProps & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <FormDrawer
      open={open}
      onClose={editor.onClose}
      title={editor.project ? t('projectForm.titleEdit', { name: editor.project.name }) : t('projectForm.titleNew')}
    >
      <ProjectEditor key={editor.project?.id ?? 'new'} {...editor} />
    </FormDrawer>
  );
}
