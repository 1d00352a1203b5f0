import { Alert, Button, Drawer, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import '../investment/investment.css';
import { ParkFormFields } from './ParkFormFields';
import { emptyParkForm, parkToForm, type ParkFormValues } from './parkFormValues';
import type { ParkView } from './parkTypes';
import { useParkSave } from './useParkSave';
import type { ParkDirectoryEntry } from './useParkDirectory';

interface EditorProps {
  park: ParkView | null;
  directory: ParkDirectoryEntry[];
  onClose(): void;
  onSaved(park: ParkView): void;
  onGone(): void;
}

/** Mounted afresh for every opening, so no error or half-typed value leaks from one park to the next. */
function ParkEditor({ park, directory, onClose, onSaved, onGone }: EditorProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ParkFormValues>();
  const save = useParkSave({ form, park, onSaved, onGone });
  const hosts = directory.filter((entry) => entry.id !== park?.id);

  return (
    <Form<ParkFormValues>
      name="park-form"
      data-testid="park-form"
      form={form}
      layout="vertical"
      requiredMark
      initialValues={park ? parkToForm(park) : emptyParkForm()}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      className="park-form"
    >
      {save.problem?.kind === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          title={t('errors.code.CONFLICT')}
          action={<Button onClick={() => void save.loadLatest()}>{t('parkForm.loadLatest')}</Button>}
          className="form-alert"
        />
      )}
      {save.problem?.kind === 'error' && <Alert type="error" showIcon title={save.problem.text} className="form-alert" />}
      <ParkFormFields hosts={hosts} />
      <Flex justify="flex-end" gap={8} className="form-actions">
        <Button onClick={onClose}>{t('parkForm.cancel')}</Button>
        {/* Not a native submit button: Enter inside a select or date picker must not save a half-filled form. */}
        <Button data-testid="park-form-submit" type="primary" loading={save.saving} onClick={() => form.submit()}>
          {t('parkForm.save')}
        </Button>
      </Flex>
    </Form>
  );
}

interface Props extends EditorProps {
  open: boolean;
}

export function ParkFormDrawer({ open, ...editor }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={editor.onClose}
      title={editor.park ? t('parkForm.titleEdit', { name: editor.park.name }) : t('parkForm.titleNew')}
      size={640}
      maskClosable={false}
      destroyOnHidden
    >
      {open && <ParkEditor key={editor.park?.id ?? 'new'} {...editor} />}
    </Drawer>
  );
}
