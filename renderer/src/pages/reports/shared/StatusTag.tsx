import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from './reportTypes';

const COLORS: Record<SubmissionStatus, string> = { draft: 'default', validated: 'processing', submitted: 'success', locked: 'purple' };

/** 草稿 / 已校验 / 已报送 / 已锁定 with the revision ("第 2 版"). */
export function StatusTag({ status, revision, testId = 'rp-status' }: { status: SubmissionStatus; revision: number; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid={testId}>
      {t(`rp.status.${status}`)} · {t('rp.revision', { n: revision })}
    </Tag>
  );
}
