import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStage } from '../../../../db/reference/investment';
import { STAGE_COLORS, stageLabel } from './investmentLabels';

/** ≥1亿美元 and 世界500强: derived by the server from the amounts and the enterprise's tags, never typed. */
export function FlagTags({ isLarge, isFortune500 }: { isLarge: boolean; isFortune500: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {isLarge && (
        <Tag color="volcano" data-testid="flag-large">
          {t('flag.large')}
        </Tag>
      )}
      {isFortune500 && (
        <Tag color="purple" data-testid="flag-fortune500">
          {t('flag.fortune500')}
        </Tag>
      )}
    </>
  );
}

export function StageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{stageLabel(stage, t)}</Tag>;
}
