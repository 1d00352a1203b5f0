import { Steps, Typography } from 'antd';
import type { StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStage } from '../../../../../db/reference/investment';
import { stageLabel } from '../../investment/investmentLabels';

interface Props {
  stage: ProjectStage;
  timeline: readonly { stage: ProjectStage; on: string | null }[];
  dropReason: string | null;
}

type StepItem = NonNullable<StepsProps['items']>[number];

/**
 * 线索 → 洽谈 → 签约 → 注册 → 开工 → 投产 with the date each was reached. Stages skipped on the way (a deal
 * signed at the first meeting) show a dash; a dropped project ends in a red 终止 step with its reason.
 */
export function StageTimeline({ stage, timeline, dropReason }: Props) {
  const { t } = useTranslation();
  const currentIndex = timeline.findIndex((step) => step.stage === stage);

  const items: StepItem[] = timeline.map((step, index) => {
    const dropped = step.stage === 'dropped';
    const reached = index <= currentIndex;
    return {
      title: stageLabel(step.stage, t),
      status: dropped ? 'error' : index < currentIndex || (reached && stage === 'in_production') ? 'finish' : reached ? 'process' : 'wait',
      content: (
        <div data-testid={`stage-${step.stage}`}>
          <Typography.Text type={reached ? undefined : 'secondary'}>{step.on ?? '—'}</Typography.Text>
          {dropped && dropReason && (
            <div>
              <Typography.Text type="danger">{t('project.droppedReason', { reason: dropReason })}</Typography.Text>
            </div>
          )}
        </div>
      ),
    };
  });

  return <Steps data-testid="stage-timeline" current={currentIndex} items={items} size="small" />;
}
