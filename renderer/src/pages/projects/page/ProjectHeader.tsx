import { ArrowRightOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { FlagTags, StageTag } from '../../investment/FlagTags';
import type { ProjectDetail } from './useProjectDetail';

interface Props {
  detail: ProjectDetail;
  parkName: string;
  onAdvance(): void;
  onDrop(): void;
  onEdit(): void;
}

/** Name, investor, park and flags, with what can be done to the project next. */
export function ProjectHeader({ detail, parkName, onAdvance, onDrop, onEdit }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { project, enterprise } = detail;
  const ended = project.stage === 'dropped' || project.stage === 'in_production';

  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap>
      <div style={{ minWidth: 0 }}>
        <Space size={8} wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-title">
            {project.name}
          </Typography.Title>
          <StageTag stage={project.stage} />
          <FlagTags isLarge={detail.isLarge} isFortune500={detail.isFortune500} />
        </Space>
        <div>
          <Typography.Text type="secondary">
            {t('project.subline', {
              enterprise: enterprise.nameOriginal && locale === 'en' ? `${enterprise.name} / ${enterprise.nameOriginal}` : enterprise.name,
              park: parkName,
            })}
          </Typography.Text>
        </div>
      </div>
      <Space wrap>
        <Button data-testid="project-advance" type="primary" icon={<ArrowRightOutlined />} disabled={ended} onClick={onAdvance}>
          {t('project.advance')}
        </Button>
        <Button data-testid="project-edit" icon={<EditOutlined />} onClick={onEdit}>
          {t('project.edit')}
        </Button>
        <Button data-testid="project-drop" danger icon={<StopOutlined />} disabled={project.stage === 'dropped'} onClick={onDrop}>
          {t('project.drop')}
        </Button>
      </Space>
    </Flex>
  );
}
