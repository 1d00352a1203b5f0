import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../../app/routes';
import { errorText } from '../../../i18n/errorText';
import { EnterprisePicker } from '../../investment/pickers/EnterprisePicker';
import { useApiQuery } from '../../investment/useApiQuery';
import { CreateChecklistDrawer } from './CreateChecklistDrawer';
import { EnterpriseChecklistCard } from './EnterpriseChecklistCard';

function Picker({ value, label }: { value: string | null; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="cl-picker">
      <EnterprisePicker value={value} initialLabel={label} placeholder={t('cl.pickEnterprise')} onChange={(id) => goTo('checklists', null, { enterprise: id })} />
    </div>
  );
}

/** One enterprise's checklists; the enterprise is in the address so the enterprises page can link straight here. */
export function EnterpriseChecklistsTab({ enterpriseId }: { enterpriseId: string | null }) {
  const { t } = useTranslation();
  if (!enterpriseId) {
    return (
      <Flex vertical gap={16}>
        <Picker value={null} />
        <Empty description={t('cl.pickEnterprise')} />
      </Flex>
    );
  }
  return <EnterpriseChecklists enterpriseId={enterpriseId} />;
}

function EnterpriseChecklists({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const query = useApiQuery('checklists.ofEnterprise', { enterpriseId });
  const checklists = query.data?.checklists ?? [];
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center">
        {/* The picker searches by name; the chosen enterprise's name comes with its checklists, so a linked address reads well. */}
        <Picker value={enterpriseId} label={query.data?.enterpriseName} />
        <Button type="primary" icon={<PlusOutlined />} data-testid="checklist-new" onClick={() => setCreating(true)}>
          {t('cl.new')}
        </Button>
      </Flex>
      {query.error ? (
        <Alert type="error" showIcon title={errorText(query.error, t)} />
      ) : !query.data ? (
        <Spin />
      ) : checklists.length === 0 ? (
        <Empty description={t('cl.none')} />
      ) : (
        <Flex vertical gap={16} data-testid="enterprise-checklists">
          {checklists.map((checklist) => (
            <EnterpriseChecklistCard key={checklist.id} checklist={checklist} />
          ))}
        </Flex>
      )}
      {creating && <CreateChecklistDrawer enterpriseId={enterpriseId} onClose={() => setCreating(false)} onCreated={(id) => goTo('checklists', id)} />}
    </Flex>
  );
}
