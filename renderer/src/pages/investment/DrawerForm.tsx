import { Button, Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './investment.css';
import { ProblemForm, type ProblemFormProps } from './ProblemForm';

/** The side drawer of a record's form; its content is mounted afresh for every opening, so nothing leaks between records. */
export function FormDrawer({ open, title, onClose, children }: { open: boolean; title: ReactNode; onClose(): void; children: ReactNode }) {
  return (
    <Drawer open={open} onClose={onClose} title={title} size={680} maskClosable={false} destroyOnHidden>
      {open && children}
    </Drawer>
  );
}

interface Props<V> extends ProblemFormProps<V> {
  saving: boolean;
  /** When an e2e test names the button apart from the form. */
  submitTestId?: string;
  onClose(): void;
}

/** The form inside a FormDrawer: Save stays in reach at the bottom and is not a native submit (Enter in a select must not save). */
export function DrawerFormBody<V>(props: Props<V>) {
  const { t } = useTranslation();
  return (
    <ProblemForm<V> {...props}>
      {props.children}
      <Flex justify="flex-end" gap={8} className="form-actions">
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button data-testid={props.submitTestId ?? `${props.testId}-submit`} type="primary" loading={props.saving} onClick={() => props.form.submit()}>
          {t('common.save')}
        </Button>
      </Flex>
    </ProblemForm>
  );
}
