import { Checkbox, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { call } from '../../../api/client';
import type { ChecklistItem } from '../checklistTypes';

interface Props {
  item: ChecklistItem;
  busy: boolean;
  run(action: () => Promise<unknown>): Promise<boolean>;
}

/** A checkbox per material; each tick is saved at once, and required ones say so in words, not only with a mark. */
export function ItemMaterials({ item, busy, run }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  if (item.materials.length === 0) return <Typography.Text type="secondary">{t('cl.item.noMaterials')}</Typography.Text>;
  const checked = item.materials.filter((m) => m.checked).map((m) => m.name);
  return (
    <Checkbox.Group
      value={checked}
      disabled={busy}
      data-testid={`item-materials-${item.itemKey}`}
      onChange={(next) => void run(() => call('checklistItems.setMaterials', { id: item.id, checked: next.map(String) }))}
    >
      <Space direction="vertical" size={2}>
        {item.materials.map((m) => (
          <Checkbox key={m.name} value={m.name}>
            {locale === 'en' && m.nameEn ? m.nameEn : m.name}{' '}
            {m.required && (
              <Tag bordered={false} color="blue">
                {t('cl.materialRequired')}
              </Tag>
            )}
          </Checkbox>
        ))}
      </Space>
    </Checkbox.Group>
  );
}
