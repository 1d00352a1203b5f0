import { Alert, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/errorText';
import { useApiQuery } from '../investment/useApiQuery';
import { ApplicationsTable } from './ApplicationsTable';
import { useDepartmentOptions } from './useDepartments';

/** A desk belongs to one department: the choice is remembered on this machine, so the queue opens on it next time. */
const DEPARTMENT_KEY = 'parkdesk.workflows.queueDepartment';

function savedDepartment(): string | null {
  try {
    return window.localStorage.getItem(DEPARTMENT_KEY);
  } catch {
    return null;
  }
}

function QueueList({ department }: { department: string }) {
  const { t } = useTranslation();
  const queue = useApiQuery('applications.queue', { department });
  return (
    <>
      {queue.error !== null && <Alert type="error" showIcon title={errorText(queue.error, t)} />}
      <ApplicationsTable rows={queue.data ?? []} loading={queue.loading} empty={t('wf.queue.empty')} />
    </>
  );
}

/** 我的待办: what waits for the chosen department's approval, most urgent first (the server orders it). */
export function QueueTab() {
  const { t } = useTranslation();
  const departments = useDepartmentOptions();
  const [department, setDepartment] = useState<string | null>(savedDepartment);

  const choose = (next: string) => {
    setDepartment(next);
    try {
      window.localStorage.setItem(DEPARTMENT_KEY, next);
    } catch {
      // Storage can be off (private window); the choice then lasts for this visit only.
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={8}>
        <Typography.Text strong>{t('wf.queue.department')}</Typography.Text>
        <Select
          data-testid="queue-department"
          style={{ minWidth: 280 }}
          value={department ?? undefined}
          placeholder={t('wf.queue.pick')}
          options={departments.options}
          loading={departments.loading}
          showSearch
          onChange={choose}
        />
      </Flex>
      {department ? <QueueList key={department} department={department} /> : <Alert type="info" showIcon title={t('wf.queue.pick')} />}
    </Flex>
  );
}
