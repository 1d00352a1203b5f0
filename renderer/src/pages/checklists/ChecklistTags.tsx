import {
  CheckCircleFilled,
  ClockCircleOutlined,
  FieldTimeOutlined,
  MinusCircleOutlined,
  StopFilled,
  SyncOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../../../../db/reference/checklists';
import { itemStatusLabel } from './checklistLabels';
import './checklists.css';

/**
 * Like the approval lights: each status has its own icon and word besides its colour, so 受阻 and 已完成 stay
 * apart for colour-blind users and on a washed-out projector.
 */
const LOOKS: Record<ItemStatus, ReactNode> = {
  not_started: <ClockCircleOutlined />,
  in_progress: <SyncOutlined />,
  done: <CheckCircleFilled />,
  not_applicable: <MinusCircleOutlined />,
  blocked: <StopFilled />,
};

export function ItemStatusTag({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  return (
    <Tag icon={LOOKS[status]} className={`cl-status cl-status-${status}`} data-status={status}>
      {itemStatusLabel(status, t)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag icon={<FieldTimeOutlined />} className="cl-status cl-overdue" data-overdue="true">
      {t('cl.overdue')}
    </Tag>
  );
}

export const STATUS_ICONS = LOOKS;
