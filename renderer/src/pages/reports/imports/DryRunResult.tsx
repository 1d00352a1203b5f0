import { Alert, Button, Checkbox, Descriptions, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportProblemsTable } from './ImportProblemsTable';
import type { DryRun } from './useImportFlow';
import { localDateTime } from '../../backups/backupFormat';

type Sample = DryRun['preview']['sample'][number];

interface Props {
  dryRun: DryRun;
  committing: boolean;
  onProblemCopy(): void;
  onCommit(): void;
  onRestart(): void;
}

/** What the dry run found: the form, rows, problems at their cells, a duplicate warning, what the commit would do. */
export function DryRunResult({ dryRun, committing, onProblemCopy, onCommit, onRestart }: Props) {
  const { t } = useTranslation();
  const [duplicateConfirmed, setDuplicateConfirmed] = useState(false);
  const hasProblems = dryRun.problemCount > 0;
  const canCommit = !hasProblems && (!dryRun.duplicateOf || duplicateConfirmed);
  return (
    <Flex vertical gap={12} data-testid="imp-result">
      <Descriptions size="small" bordered column={3}>
        <Descriptions.Item label={t('imp.form')}>{dryRun.code}</Descriptions.Item>
        <Descriptions.Item label={t('imp.rows')}>{dryRun.rowCount.toLocaleString()}</Descriptions.Item>
        <Descriptions.Item label={t('imp.period')}>{dryRun.period ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('imp.creates')}>{dryRun.preview.creates.toLocaleString()}</Descriptions.Item>
        <Descriptions.Item label={t('imp.updates')}>{dryRun.preview.updates.toLocaleString()}</Descriptions.Item>
        <Descriptions.Item label={t('imp.unchanged')}>{dryRun.preview.unchanged.toLocaleString()}</Descriptions.Item>
      </Descriptions>
      {hasProblems ? (
        <>
          <Alert
            type="error"
            showIcon
            title={t('imp.problems', { count: dryRun.problemCount })}
            description={t('imp.problemsHint')}
            action={
              <Button onClick={onProblemCopy} data-testid="imp-problem-copy">
                {t('imp.problemCopy')}
              </Button>
            }
          />
          <ImportProblemsTable problems={dryRun.problems} />
        </>
      ) : (
        <Alert type="success" showIcon title={t('imp.clean')} data-testid="imp-clean" />
      )}
      {dryRun.duplicateOf && (
        <Alert
          type="warning"
          showIcon
          data-testid="imp-duplicate"
          title={t('imp.duplicate', { fileName: dryRun.duplicateOf.fileName, committedAt: localDateTime(dryRun.duplicateOf.committedAt) })}
          description={
            <Checkbox checked={duplicateConfirmed} onChange={(e) => setDuplicateConfirmed(e.target.checked)} data-testid="imp-duplicate-confirm">
              {t('imp.duplicateConfirm')}
            </Checkbox>
          }
        />
      )}
      {!hasProblems && dryRun.preview.sample.length > 0 && (
        <Table<Sample>
          size="small"
          rowKey={(s) => `${s.row}|${s.entity}|${s.label}`}
          dataSource={dryRun.preview.sample}
          pagination={false}
          title={() => t('imp.preview')}
          data-testid="imp-preview"
          columns={[
            { title: t('imp.col.row'), dataIndex: 'row', width: 70, align: 'right' },
            { title: t('imp.col.action'), dataIndex: 'action', width: 90, render: (a: Sample['action']) => <Tag color={a === 'create' ? 'green' : a === 'update' ? 'blue' : 'default'}>{t(`imp.action.${a}`)}</Tag> },
            { title: t('imp.col.entity'), dataIndex: 'entity', width: 110, render: (e: Sample['entity']) => t(`imp.entity.${e}`) },
            { title: t('imp.col.record'), dataIndex: 'label' },
            { title: t('imp.col.detail'), dataIndex: 'detail' },
          ]}
        />
      )}
      <Flex gap={8}>
        <Button type="primary" disabled={!canCommit} loading={committing} onClick={onCommit} data-testid="imp-commit">
          {t('imp.commit')}
        </Button>
        <Button onClick={onRestart} data-testid="imp-restart">
          {t('imp.another')}
        </Button>
      </Flex>
    </Flex>
  );
}
