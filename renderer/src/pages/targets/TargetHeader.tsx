import { EditOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../db/reference/countries';
import { useLocaleState } from '../../app/localeContext';
import { hashOf } from '../../app/routes';
import { industryLabel } from '../investment/industryOptions';
import { PRIORITY_COLORS, priorityLabel, TARGET_STATUS_COLORS, targetStatusLabel } from '../investment/investmentLabels';
import type { TargetRecord } from './targetFormValues';

interface Props {
  target: TargetRecord;
  parkName: string;
  onEdit(): void;
  onConvert(): void;
  onFollowUp(): void;
}

/** Who the company is and where it stands, with the next things to do: log a contact, edit, or convert it. */
export function TargetHeader({ target, parkName, onEdit, onConvert, onFollowUp }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const converted = target.status === 'converted';

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <Space size={8} wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="target-title">
            {target.company}
          </Typography.Title>
          {target.companyOriginal && <Typography.Text type="secondary">{target.companyOriginal}</Typography.Text>}
          <Tag color={TARGET_STATUS_COLORS[target.status]}>{targetStatusLabel(target.status, t)}</Tag>
          <Tag color={PRIORITY_COLORS[target.priority]}>{priorityLabel(target.priority, t)}</Tag>
        </Space>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={onFollowUp} data-testid="followup-add">
            {t('followUps.add')}
          </Button>
          <Button icon={<EditOutlined />} onClick={onEdit} disabled={converted} data-testid="target-edit">
            {t('target.edit')}
          </Button>
          {converted && target.convertedProjectId ? (
            <Button type="primary" href={hashOf('projects', target.convertedProjectId)} data-testid="target-open-project">
              {t('target.openProject')}
            </Button>
          ) : (
            <Button type="primary" icon={<SwapOutlined />} onClick={onConvert} data-testid="target-convert">
              {t('target.convert')}
            </Button>
          )}
        </Space>
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'country', label: t('targets.col.country'), children: countryName(target.countryCode, locale) },
          { key: 'industry', label: t('targets.col.industry'), children: industryLabel(target.industryCode, locale) },
          { key: 'park', label: t('targets.col.park'), children: parkName },
          { key: 'owner', label: t('targets.col.owner'), children: target.owner || '—' },
        ]}
      />
    </Flex>
  );
}
