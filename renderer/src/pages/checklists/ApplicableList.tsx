import { Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../app/localeContext';
import { applicabilityText } from './applicabilityText';
import { domainLabel } from './checklistLabels';
import type { ApplicableResult } from './checklistTypes';

/**
 * The items a profile needs, grouped by domain, each with its agency, limit and why it applies. Shared by the
 * create form's preview and the meeting view (which sets `large` for the projector).
 */
export function ApplicableList({ result, large }: { result: ApplicableResult; large?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  if (result.total === 0) return <Empty description={t('cl.preview.empty')} />;
  return (
    <div className={large ? 'cl-meeting' : undefined} data-testid="applicable-list">
      <Typography.Text strong>{t('cl.preview.count', { total: result.total, required: result.requiredCount })}</Typography.Text>
      {result.domains.map((group) => (
        <section key={group.domain} data-testid={`applicable-domain-${group.domain}`}>
          <div className={large ? 'cl-meeting-domain' : 'cl-domain-head'}>
            {large ? domainLabel(group.domain, t) : <Typography.Text strong>{domainLabel(group.domain, t)}</Typography.Text>} ({group.items.length})
          </div>
          {group.items.map((item) => (
            <div key={`${item.templateId}/${item.key}`} className={large ? 'cl-meeting-item' : undefined} style={large ? undefined : { padding: '6px 0' }}>
              <div className={large ? 'cl-meeting-item-title' : undefined}>
                <Space size={6} wrap>
                  <Tag color={item.required ? 'blue' : 'default'}>{item.required ? t('cl.required') : t('cl.optional')}</Tag>
                  <span>{locale === 'en' ? item.titleEn : item.titleZh}</span>
                  {locale !== 'en' && large && <Typography.Text type="secondary">{item.titleEn}</Typography.Text>}
                </Space>
              </div>
              <div className={large ? 'cl-meeting-item-sub' : 'cl-item-meta'}>
                {locale === 'en' && item.agencyEn ? item.agencyEn : item.agencyZh} · {t('cl.days', { count: item.timeLimitDays })} ·{' '}
                {applicabilityText(item.applicability, t, locale)}
              </div>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
