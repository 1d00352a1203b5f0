import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemForm, type ProblemFormProps } from './ProblemForm';

interface Props<V> extends ProblemFormProps<V> {
  title: ReactNode;
  saving: boolean;
  okText: string;
  danger?: boolean;
  width?: number;
  onClose(): void;
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
      <ProblemForm<V> {...props} />
    </Modal>
  );
}
