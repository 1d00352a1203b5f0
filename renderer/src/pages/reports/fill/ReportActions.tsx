import { App, Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../../../components/PrintButton';
import { StatusTag } from '../shared/StatusTag';
import type { Submission } from '../shared/reportTypes';
import type { SubmissionState } from './useSubmission';

interface Props {
  submission: Submission;
  state: SubmissionState;
  dirty: boolean;
  printTitle: string;
  onSave(): void;
  onDiff(): void;
  onCompare(): void;
}

/** The lifecycle buttons in their order: 保存 → 校验 → 导出 → 报送 → 锁定, 修订 for a sent one; 差异, 环比/同比, 打印. */
export function ReportActions({ submission, state, dirty, printTitle, onSave, onDiff, onCompare }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { status } = submission;
  const sent = status === 'submitted' || status === 'locked';
  const canExport = !dirty && status !== 'draft';

  const confirmSubmit = () =>
    modal.confirm({
      title: t('rp.submit.title'),
      content: state.exported ? t('rp.submit.body', { name: state.exported.fileName }) : t('rp.submit.bodyExport'),
      okText: t('rp.submit.ok'),
      cancelText: t('rp.cancel'),
      onOk: async () => {
        const file = state.exported ?? (await state.exportFile());
        if (file) await state.submit(file.sha256);
      },
    });
  const confirmLock = () =>
    modal.confirm({ title: t('rp.lock.title'), content: t('rp.lock.body'), okText: t('rp.lock.ok'), cancelText: t('rp.cancel'), onOk: () => state.lock() });

  return (
    <Flex gap={8} wrap align="center" className="no-print" data-testid="rp-actions">
      <StatusTag status={status} revision={submission.revision} />
      {!sent && (
        <>
          <Button type={dirty ? 'primary' : 'default'} disabled={!dirty} loading={state.busy === 'save'} onClick={onSave} data-testid="rp-save">
            {t('rp.fill.save')}
          </Button>
          <Tooltip title={dirty ? t('rp.fill.saveFirst') : undefined}>
            <Button disabled={dirty} loading={state.busy === 'validate'} onClick={() => void state.validate()} data-testid="rp-validate">
              {t('rp.fill.validate')}
            </Button>
          </Tooltip>
        </>
      )}
      <Tooltip title={canExport ? undefined : t('rp.fill.exportNeedsValid')}>
        <Button disabled={!canExport} loading={state.busy === 'export'} onClick={() => void state.exportFile()} data-testid="rp-export">
          {t('rp.fill.export')}
        </Button>
      </Tooltip>
      {status === 'validated' && (
        <Button type="primary" disabled={dirty} loading={state.busy === 'submit'} onClick={confirmSubmit} data-testid="rp-submit">
          {t('rp.fill.submit')}
        </Button>
      )}
      {status === 'submitted' && (
        <Button loading={state.busy === 'lock'} onClick={confirmLock} data-testid="rp-lock">
          {t('rp.fill.lock')}
        </Button>
      )}
      {sent && (
        <Button loading={state.busy === 'revise'} onClick={() => void state.revise()} data-testid="rp-revise">
          {t('rp.fill.revise')}
        </Button>
      )}
      {submission.supersedesId && (
        <Button onClick={onDiff} data-testid="rp-diff">
          {t('rp.fill.diff')}
        </Button>
      )}
      {submission.reportCode !== 'T2' && (
        <Button onClick={onCompare} data-testid="rp-compare">
          {t('rp.fill.compare')}
        </Button>
      )}
      <PrintButton title={printTitle} landscape testId="rp-print" />
    </Flex>
  );
}
