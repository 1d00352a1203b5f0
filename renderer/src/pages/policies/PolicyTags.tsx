import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, EditOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyStatus } from '../../../../db/reference/policies';
import { statusLabel } from './policyLabels';

/** Icon, word and colour together: a repealed policy reads as such on a washed-out projector and to colour-blind staff. */
const LOOKS: Record<PolicyStatus, { icon: ReactNode; color: string }> = {
  pending: { icon: <ClockCircleOutlined />, color: 'blue' },
  in_force: { icon: <CheckCircleFilled />, color: 'green' },
  amended: { icon: <EditOutlined />, color: 'gold' },
  repealed: { icon: <CloseCircleFilled />, color: 'red' },
  expired: { icon: <StopOutlined />, color: 'default' },
};

export function PolicyStatusTag({ status }: { status: PolicyStatus }) {
  const { t } = useTranslation();
  const look = LOOKS[status];
  return (
    <Tag icon={look.icon} color={look.color} data-status={status}>
      {statusLabel(status, t)}
    </Tag>
  );
}

/** 牵头单位 first and marked, then the other 责任单位. */
export function UnitTags({ lead, units }: { lead: string | null; units: readonly string[] }) {
  const { t } = useTranslation();
  const others = units.filter((u) => u !== lead);
  if (!lead && others.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap>
      {lead && (
        <Tag icon={<TeamOutlined />} color="geekblue">
          {t('pol.clause.lead')}：{lead}
        </Tag>
      )}
      {others.map((unit) => (
        <Tag key={unit} bordered={false}>
          {unit}
        </Tag>
      ))}
    </Space>
  );
}
