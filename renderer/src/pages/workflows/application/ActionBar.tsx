import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction } from '../../../../../db/reference/workflows';
import { actionLabel } from '../workflowLabels';

/** The step forward in each state is the primary button; the ones that end an application are red. */
const PRIMARY: readonly ApplicationAction[] = ['accept', 'approve_step', 'resubmit', 'resume', 'complete'];
const DANGER: readonly ApplicationAction[] = ['reject', 'withdraw'];

/** Only what the server says this application's state allows (its `allowedActions`), in the engine's order. */
export function ActionBar({ actions, onPick }: { actions: readonly ApplicationAction[]; onPick(action: ApplicationAction): void }) {
  const { t } = useTranslation();
  if (actions.length === 0) return <Typography.Text type="secondary">{t('wf.app.noActions')}</Typography.Text>;
  return (
    <Flex wrap gap={8} role="toolbar" aria-label={t('wf.app.actions')}>
      {actions.map((action) => (
        <Button
          key={action}
          data-testid={`application-action-${action}`}
          type={PRIMARY.includes(action) ? 'primary' : 'default'}
          danger={DANGER.includes(action)}
          onClick={() => onPick(action)}
        >
          {actionLabel(action, t)}
        </Button>
      ))}
    </Flex>
  );
}
