import { Alert, Form, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import './investment.css';

export interface ProblemFormProps<V> {
  form: FormInstance<V>;
  initialValues: Partial<V>;
  /** The last save's failure, already in the user's language; shown above the fields. */
  problem: string | null;
  testId: string;
  onFinish(values: V): void;
  onValuesChange(changed: Partial<V>): void;
  children: ReactNode;
}

/** The vertical form with required marks that DrawerFormBody and ModalForm both hold, the save problem on top. */
export function ProblemForm<V>({ form, initialValues, problem, testId, onFinish, onValuesChange, children }: ProblemFormProps<V>) {
  return (
    <Form<V>
      form={form}
      layout="vertical"
      requiredMark
      data-testid={testId}
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
    >
      {problem && <Alert type="error" showIcon title={problem} className="form-alert" />}
      {children}
    </Form>
  );
}
