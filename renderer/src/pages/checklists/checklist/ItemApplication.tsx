import { AuditOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../../../app/routes';
import type { ApplicationStatus } from '../../../../../db/reference/workflows';
import { LightTag, StatusTag } from '../../workflows/WorkflowTags';
import type { ChecklistItem } from '../checklistTypes';
import { StartApplicationModal } from './StartApplicationModal';

/** The approval filed for this item (number, status, light, link), or the button that files one. */
export function ItemApplication({ item }: { item: ChecklistItem }) {
  const { t } = useTranslation();
  const [starting, setStarting] = useState(false);
  const app = item.application;
  const canRestart = !app || app.status === 'rejected' || app.status === 'withdrawn';
  return (
    <Space size={6} wrap data-testid={`item-application-${item.itemKey}`}>
      {app && (
        <>
          <a href={hashOf('workflows', app.id)}>{app.serial}</a>
          <StatusTag status={app.status as ApplicationStatus} />
          <LightTag light={app.light} />
        </>
      )}
      {canRestart && item.status !== 'done' && item.status !== 'not_applicable' && (
        <Button size="small" icon={<AuditOutlined />} onClick={() => setStarting(true)} data-testid={`item-start-app-${item.itemKey}`}>
          {t('cl.app.start')}
        </Button>
      )}
      {starting && <StartApplicationModal item={item} onClose={() => setStarting(false)} />}
    </Space>
  );
}
