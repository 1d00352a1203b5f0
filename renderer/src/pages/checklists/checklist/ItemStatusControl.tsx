import { Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ITEM_STATUSES, type ItemStatus } from '../../../../../db/reference/checklists';
import { call } from '../../../api/client';
import { itemStatusLabel } from '../checklistLabels';
import { STATUS_ICONS } from '../ChecklistTags';
import type { ChecklistItem } from '../checklistTypes';
import { StatusReasonModal } from './StatusReasonModal';

interface Props {
  item: ChecklistItem;
  run(action: () => Promise<unknown>): Promise<boolean>;
}

/**
 * The five statuses as buttons with icon and word; only the ones the server allows next are enabled. 受阻 and 不适用
 * ask for a reason first (required for 受阻); the others are set at once, dated today.
 */
export function ItemStatusControl({ item, run }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'blocked' | 'not_applicable' | null>(null);
  const allowed = new Set<string>(item.allowedStatuses);
  const choose = (status: ItemStatus) => {
    if (status === 'blocked' || status === 'not_applicable') setAsking(status);
    else void run(() => call('checklistItems.setStatus', { id: item.id, status }));
  };
  return (
    <>
      <Radio.Group
        size="small"
        optionType="button"
        value={item.status}
        data-testid={`item-status-${item.itemKey}`}
        onChange={(event) => choose(event.target.value as ItemStatus)}
        options={ITEM_STATUSES.map((status) => ({
          value: status,
          disabled: status !== item.status && !allowed.has(status),
          label: (
            <span data-status-option={status}>
              {STATUS_ICONS[status]} {itemStatusLabel(status, t)}
            </span>
          ),
        }))}
      />
      {asking && <StatusReasonModal item={item} status={asking} onClose={() => setAsking(null)} />}
    </>
  );
}
