import { Alert, Button, Drawer, Flex, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './investment.css';

/** The side drawer of a record's form; its content is mounted afresh for every opening, so nothing leaks between records. */
export function FormDrawer({ open, title, onClose, children }: { open: boolean; title: ReactNode; onClose(): void; children: ReactNode }) {
  return (
    <Drawer open={open} onClose={onClose} title={title} size={680} maskClosable={false} destroyOnHidden>
      {open && children}
    </Drawer>
  );
}

interface Props<V> {
  form: FormInstance<V>;
  initialValues: Partial<V>;
  saving: boolean;
  problem: string | null;
  testId: string;
  /** When an e2e test names the button apart from the form. */
  submitTestId?: string;
  onFinish(values: V): void;
  onValuesChange(changed: Partial<V>): void;
  onClose(): void;
  children: ReactNode;
}

/** The form inside a FormDrawer: Save stays in reach at the bottom and is not a native submit (Enter in a select must not save). */
export function DrawerFormBody<V>(props: Props<V>) {
  const { t } = useTranslation();
  return (
    <Form<V>
      form={props.form}
      layout="vertical"
      requiredMark
      data-testid={props.testId}
      initialValues={props.initialValues}
      onFinish={props.onFinish}
      onValuesChange={props.onValuesChange}
    >
      {props.problem && <Alert type="error" showIcon title={props.problem} className="form-alert" />}
      {props.children}
      <Flex justify="flex-end" gap={8} className="form-actions">
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button data-testid={props.submitTestId ?? `${props.testId}-submit`} type="primary" loading={props.saving} onClick={() => props.form.submit()}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
