import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { categoryLabel } from '../workflowLabels';
import type { StepView, TemplateView } from '../workflowTypes';

type StepDefinition = Omit<StepView, 'stepNo' | 'departments' | 'state' | 'startedOn' | 'completedOn' | 'clocks' | 'light'> & { departments: string[] };

/** A template version as read-only facts and its ordered steps. */
export function TemplateDetail({ template, current }: { template: TemplateView; current: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="template-detail">
      {!current && <Alert type="warning" showIcon title={t('tpl.superseded', { version: template.version })} />}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('tpl.name')}>{template.name}</Descriptions.Item>
        <Descriptions.Item label={t('tpl.category')}>{categoryLabel(template.category, t)}</Descriptions.Item>
        <Descriptions.Item label={t('tpl.col.version')}>{t('wf.version', { version: template.version })}</Descriptions.Item>
        <Descriptions.Item label={t('tpl.col.limits')}>
          {t('tpl.limits', { statutory: template.limits.statutoryDays, promised: template.limits.promisedDays })}
        </Descriptions.Item>
        {template.legalBasis && <Descriptions.Item label={t('tpl.legalBasis')}>{template.legalBasis}</Descriptions.Item>}
      </Descriptions>
      <Table<StepDefinition>
        size="small"
        pagination={false}
        rowKey="name"
        dataSource={template.steps}
        columns={[
          { key: 'no', title: '#', width: 40, render: (_, __, i) => i + 1 },
          {
            key: 'name',
            title: t('tpl.step.name'),
            render: (_, s) => (
              <div>
                <Typography.Text strong>{s.name}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">{s.role}</Typography.Text>
                </div>
                {s.allowsMissing && <Tag>{t('wf.step.allowsMissing')}</Tag>}
                {s.isPledge && <Tag>{t('wf.step.pledge')}</Tag>}
              </div>
            ),
          },
          {
            key: 'departments',
            title: t('tpl.step.departments'),
            render: (_, s) => (
              <>
                {s.departments.join('、')} {s.departments.length > 1 && <Tag>{t('wf.step.countersign')}</Tag>}
              </>
            ),
          },
          { key: 'limits', title: t('tpl.col.limits'), width: 150, render: (_, s) => t('tpl.limits', { statutory: s.statutoryDays, promised: s.promisedDays }) },
          {
            key: 'materials',
            title: t('tpl.step.materials'),
            render: (_, s) =>
              s.materials.map((m) => (
                <div key={m.name}>
                  {m.name}
                  {!m.mandatory && <Typography.Text type="secondary"> （{t('wf.app.optional')}）</Typography.Text>}
                </div>
              )),
          },
        ]}
      />
    </Flex>
  );
}
