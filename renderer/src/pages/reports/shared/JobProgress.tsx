import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobView } from './useJob';

/** The phases the import jobs (services/imports) and the report export report; anything else reads "working". */
const PHASES = ['parse', 'validate', 'backup', 'write', 'export'] as const;
const isPhase = (phase: string): phase is (typeof PHASES)[number] => (PHASES as readonly string[]).includes(phase);

interface Props {
  job: JobView | null;
  onCancel(): void;
  testId: string;
}

/** A running job: its phase, a bar (rows done of total when the job knows the total) and 取消. */
export function JobProgress({ job, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const percent = job && job.total > 0 ? Math.min(99, Math.round((job.done / job.total) * 100)) : undefined;
  const phase = !job ? t('rp.phase.starting') : isPhase(job.phase) ? t(`rp.phase.${job.phase}`) : t('rp.phase.working');
  return (
    <Flex vertical gap={4} data-testid={testId} role="status" aria-live="polite">
      <Flex justify="space-between" align="center" gap={12}>
        <Typography.Text>
          {phase}
          {job && job.done > 0 ? ` · ${t('rp.job.rows', { done: job.done.toLocaleString(), total: job.total > 0 ? job.total.toLocaleString() : '…' })}` : ''}
        </Typography.Text>
        <Button danger size="small" onClick={onCancel} data-testid={`${testId}-cancel`}>
          {t('rp.job.cancel')}
        </Button>
      </Flex>
      <Progress percent={percent ?? 0} status="active" showInfo={percent !== undefined} />
    </Flex>
  );
}
