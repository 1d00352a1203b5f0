import {
  CheckCircleFilled,
  CheckOutlined,
  ClockCircleOutlined,
  CloseCircleFilled,
  ExclamationCircleFilled,
  HistoryOutlined,
  MinusCircleOutlined,
  PauseCircleOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, ClockLight } from '../../../../db/reference/workflows';
import { lightLabel, statusLabel } from './workflowLabels';
import './workflows.css';

/**
 * Each light has its own icon shape and word as well as a colour, so it reads the same for colour-blind users and
 * on a washed-out projector: a tick, an exclamation mark, a cross.
 */
const LIGHTS: Record<ClockLight, { icon: ReactNode; className: string }> = {
  green: { icon: <CheckCircleFilled />, className: 'wf-light-green' },
  yellow: { icon: <ExclamationCircleFilled />, className: 'wf-light-yellow' },
  red: { icon: <CloseCircleFilled />, className: 'wf-light-red' },
  on_time: { icon: <CheckOutlined />, className: 'wf-light-on_time' },
  late: { icon: <HistoryOutlined />, className: 'wf-light-late' },
};

export function LightTag({ light, paused }: { light: ClockLight | null; paused?: boolean }) {
  const { t } = useTranslation();
  const look = light ? LIGHTS[light] : { icon: <MinusCircleOutlined />, className: 'wf-light-none' };
  return (
    <span className="wf-light-cell">
      <Tag icon={look.icon} className={`wf-light ${look.className}`} data-light={light ?? 'none'}>
        {lightLabel(light, t)}
      </Tag>
      {paused && (
        <Tag icon={<PauseCircleOutlined />} className="wf-light wf-paused">
          {t('wf.paused')}
        </Tag>
      )}
    </span>
  );
}

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  submitted: 'default',
  in_review: 'processing',
  correction: 'orange',
  suspended: 'purple',
  approved: 'cyan',
  completed: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} icon={status === 'submitted' ? <ClockCircleOutlined /> : undefined} data-status={status}>
      {statusLabel(status, t)}
    </Tag>
  );
}
