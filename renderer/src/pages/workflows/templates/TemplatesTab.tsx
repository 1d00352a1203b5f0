import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Empty, Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import { categoryLabel } from '../workflowLabels';
import type { TemplateView } from '../workflowTypes';
import { TemplateDrawer } from './TemplateDrawer';
import { TemplateFormDrawer } from './TemplateFormDrawer';
import { WarnDaysSetting } from './WarnDaysSetting';

type Row = TemplateView & { openApplications: number };

/** 流程模板: the current version of every procedure; open one for its steps and versions, or edit it. */
export function TemplatesTab() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const list = useApiQuery('workflowTemplates.list', {});
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<TemplateView | null | undefined>(undefined);

  const install = async () => {
    try {
      const { added } = await call('workflowTemplates.installReference', {});
      message.success(t('tpl.installed', { count: added }));
      list.reload();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <WarnDaysSetting />
        <Button icon={<DownloadOutlined />} onClick={() => void install()} style={{ marginLeft: 'auto' }}>
          {t('tpl.installReference')}
        </Button>
        <Button type="primary" icon={<PlusOutlined />} data-testid="template-new" onClick={() => setEditing(null)}>
          {t('tpl.new')}
        </Button>
      </Flex>
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} />}
      <Table<Row>
        data-testid="templates-table"
        rowKey="id"
        loading={list.loading}
        pagination={false}
        dataSource={list.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tpl.empty')} /> }}
        columns={[
          { key: 'name', title: t('tpl.col.name'), render: (_, r) => <a onClick={() => setOpenId(r.id)}>{r.name}</a> },
          { key: 'category', title: t('tpl.col.category'), width: 140, render: (_, r) => categoryLabel(r.category, t) },
          { key: 'version', title: t('tpl.col.version'), width: 90, render: (_, r) => t('wf.version', { version: r.version }) },
          { key: 'steps', title: t('tpl.col.steps'), width: 80, align: 'right', render: (_, r) => r.steps.length },
          { key: 'limits', title: t('tpl.col.limits'), width: 200, render: (_, r) => t('tpl.limits', { statutory: r.limits.statutoryDays, promised: r.limits.promisedDays }) },
          { key: 'open', title: t('tpl.col.open'), width: 80, align: 'right', dataIndex: 'openApplications' },
        ]}
      />
      {openId && <TemplateDrawer id={openId} onClose={() => setOpenId(null)} onEdit={(template) => setEditing(template)} />}
      <TemplateFormDrawer
        open={editing !== undefined}
        template={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={(saved) => {
          setEditing(undefined);
          setOpenId(null);
          list.reload();
          setOpenId(saved.id);
        }}
      />
    </Flex>
  );
}
