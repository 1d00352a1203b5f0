import { App, Button, Collapse, Empty, Flex, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import { applicabilityText } from '../applicabilityText';
import { domainLabel } from '../checklistLabels';
import type { ChecklistTemplate } from '../checklistTypes';

/** The current template of each domain and its items, read-only; the reference set can be installed when missing. */
export function TemplatesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApiQuery('checklistTemplates.list', {});
  const [installing, setInstalling] = useState(false);
  const install = async () => {
    setInstalling(true);
    try {
      const { added } = await call('checklistTemplates.installReference', {});
      message.success(t('cl.tpl.installed', { count: added }));
      list.reload();
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setInstalling(false);
    }
  };
  if (!list.data) return <Spin />;
  return (
    <Flex vertical gap={12} data-testid="checklist-templates">
      <div>
        <Button onClick={() => void install()} loading={installing}>
          {t('cl.tpl.install')}
        </Button>
      </div>
      {list.data.length === 0 ? (
        <Empty description={t('cl.tpl.empty')} />
      ) : (
        <Collapse
          items={list.data.map((template) => ({
            key: template.id,
            label: (
              <Space wrap>
                <Tag color="blue">{domainLabel(template.domain, t)}</Tag>
                <Typography.Text strong>{template.nameZh}</Typography.Text>
                <Typography.Text type="secondary">{template.nameEn}</Typography.Text>
                <Tag>{t('cl.tpl.version', { version: template.version })}</Tag>
                {template.isCurrent && <Tag color="green">{t('cl.tpl.current')}</Tag>}
                <Typography.Text type="secondary">{t('cl.tpl.items', { count: template.items.length })}</Typography.Text>
              </Space>
            ),
            children: <TemplateItems template={template} />,
          }))}
        />
      )}
    </Flex>
  );
}

function TemplateItems({ template }: { template: ChecklistTemplate }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  return (
    <Flex vertical gap={12}>
      {template.items.map((item) => (
        <div key={item.key}>
          <Space wrap size={6}>
            <Tag bordered={false}>{item.required ? t('cl.required') : t('cl.optional')}</Tag>
            <Typography.Text strong>{item.titleZh}</Typography.Text>
            <Typography.Text type="secondary">{item.titleEn}</Typography.Text>
          </Space>
          <div className="cl-item-meta">
            {t('cl.item.agency')}: {locale === 'en' && item.agencyEn ? item.agencyEn : item.agencyZh} · {t('cl.item.limit')}: {t('cl.days', { count: item.timeLimitDays })}
            {item.demoLimit ? ` (${t('cl.demoLimit')})` : ''} · {t('cl.tpl.applies')}: {applicabilityText(item.applicability, t, locale)}
          </div>
          {item.legalBasis && <div className="cl-item-meta">{t('cl.item.legalBasis')}: {item.legalBasis}</div>}
          {item.materials.length > 0 && (
            <div className="cl-item-meta">
              {t('cl.item.materials')}: {item.materials.map((m) => (locale === 'en' && m.nameEn ? m.nameEn : m.name) + (m.required ? ` (${t('cl.materialRequired')})` : '')).join(locale === 'en' ? '; ' : '；')}
            </div>
          )}
        </div>
      ))}
    </Flex>
  );
}
