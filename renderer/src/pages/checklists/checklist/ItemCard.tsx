import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { ItemStatusTag, OverdueTag } from '../ChecklistTags';
import type { ChecklistItem } from '../checklistTypes';
import { useChecklistReload } from './checklistReload';
import { ItemApplication } from './ItemApplication';
import { ItemAttachments } from './ItemAttachments';
import { ItemDetailsModal } from './ItemDetailsModal';
import { ItemMaterials } from './ItemMaterials';
import { ItemStatusControl } from './ItemStatusControl';
import { useItemAction } from './useItemAction';

const DASH = '—';

/** One procedure: what, where and by when on the left; materials, files and the approval on the right. */
export function ItemCard({ item, maxBytes }: { item: ChecklistItem; maxBytes: number | null }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const reload = useChecklistReload();
  const action = useItemAction(reload);
  const [editing, setEditing] = useState(false);
  const attention = item.status === 'blocked' ? 'cl-item-blocked' : item.overdue ? 'cl-item-overdue' : item.status === 'done' ? 'cl-item-done' : '';
  const [main, other] = locale === 'en' ? [item.titleEn, item.titleZh] : [item.titleZh, item.titleEn];
  return (
    <Card size="small" className={`cl-item ${attention}`} data-testid={`checklist-item-${item.itemKey}`} data-status={item.status}>
      <Space wrap size={6} style={{ marginBottom: 8 }}>
        <ItemStatusTag status={item.status} />
        {item.overdue && <OverdueTag />}
        <Tag bordered={false}>{item.required ? t('cl.required') : t('cl.optional')}</Tag>
        <span className="cl-item-title">{main}</span>
        <Typography.Text type="secondary">{other}</Typography.Text>
      </Space>
      {item.statusReason && (item.status === 'blocked' || item.status === 'not_applicable') && (
        <Alert type={item.status === 'blocked' ? 'error' : 'info'} showIcon title={`${t('cl.item.reason')}：${item.statusReason}`} style={{ marginBottom: 8 }} />
      )}
      {action.problem && (
        <Alert type="error" showIcon closable onClose={action.clear} title={action.problem} style={{ marginBottom: 8 }} data-testid={`item-error-${item.itemKey}`} />
      )}
      <Row gutter={[24, 12]}>
        <Col xs={24} lg={13}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('cl.item.agency')} span={2}>
              {locale === 'en' && item.agencyEn ? item.agencyEn : item.agencyZh}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.item.limit')}>
              {t('cl.days', { count: item.timeLimitDays })}
              {item.demoLimit && <Tag style={{ marginLeft: 6 }}>{t('cl.demoLimit')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('cl.item.assignee')}>{item.assignee || DASH}</Descriptions.Item>
            <Descriptions.Item label={t('cl.item.start')}>{item.startOn ?? DASH}</Descriptions.Item>
            <Descriptions.Item label={item.doneOn ? t('cl.item.doneOn') : t('cl.item.due')}>{item.doneOn ?? item.dueOn ?? DASH}</Descriptions.Item>
            {item.legalBasis && (
              <Descriptions.Item label={t('cl.item.legalBasis')} span={2}>
                {item.legalBasis}
              </Descriptions.Item>
            )}
            {item.notes && (
              <Descriptions.Item label={t('cl.item.notes')} span={2}>
                {item.notes}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap size={8}>
            <ItemStatusControl item={item} run={action.run} />
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid={`item-edit-${item.itemKey}`}>
              {t('cl.item.edit')}
            </Button>
          </Space>
        </Col>
        <Col xs={24} lg={11}>
          <Typography.Text strong>{t('cl.item.materials')}</Typography.Text>
          <div>
            <ItemMaterials item={item} busy={action.busy} run={action.run} />
          </div>
          <Typography.Text strong>{t('cl.att.title')}</Typography.Text>
          <ItemAttachments item={item} maxBytes={maxBytes} busy={action.busy} run={action.run} fail={action.fail} />
          <div style={{ marginTop: 8 }}>
            <ItemApplication item={item} />
          </div>
        </Col>
      </Row>
      {editing && <ItemDetailsModal item={item} onClose={() => setEditing(false)} />}
    </Card>
  );
}
