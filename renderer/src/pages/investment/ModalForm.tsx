import { Alert, Button, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  saving: boolean;
  problem: string | null;
  okText: string;
  danger?: boolean;
  width?: number;
  testId: string;
  onFinish(values: V): void;
  onValuesChange(changed: Partial<V>): void;
  onClose(): void;
  children: ReactNode;
}

/**
 * A small form in a dialog (advance a stage, record an arrival, unlock a month…). The caller mounts it only
 * while open, so every opening starts clean; the submit button is not a native one, so Enter in a select or
 * date picker never sends a half-filled form.
 */
export function ModalForm<V>(props: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={props.title}
      width={props.width ?? 560}
      maskClosable={false}
      onCancel={props.onClose}
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={props.danger}
          loading={props.saving}
          data-testid={`${props.testId}-submit`}
          onClick={() => props.form.submit()}
        >
          {props.okText}
        </Button>,
      ]}
    >
      <Form<V>
        form={props.form}
        layout="vertical"
        requiredMark
        data-testid={props.testId}
        initialValues={props.initialValues}
        onFinish={props.onFinish}
        onValuesChange={props.onValuesChange}
      >
        {props.problem && <Alert type="error" showIcon title={props.problem} style={{ marginBottom: 16 }} />}
        {props.children}
      </Form>
    </Modal>
  );
}
