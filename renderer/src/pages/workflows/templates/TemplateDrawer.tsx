import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Segmented, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import type { TemplateView } from '../workflowTypes';
import { TemplateDetail } from './TemplateDetail';

interface Props {
  id: string;
  onClose(): void;
  onEdit(template: TemplateView): void;
}

/** One template with its versions: older ones open read-only; only the current one can be edited. */
export function TemplateDrawer({ id, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const [shownId, setShownId] = useState(id);
  const shown = useApiQuery('workflowTemplates.get', { id: shownId });
  const data = shown.data;
  const current = data ? data.currentId === data.template.id : false;

  return (
    <Drawer
      open
      size={820}
      title={data?.template.name ?? t('tpl.detail')}
      onClose={onClose}
      extra={
        data && current ? (
          <Button type="primary" icon={<EditOutlined />} data-testid="template-edit" onClick={() => onEdit(data.template)}>
            {t('tpl.edit')}
          </Button>
        ) : null
      }
    >
      {shown.error !== null && <Alert type="error" showIcon title={errorText(shown.error, t)} />}
      {!data ? (
        <Spin />
      ) : (
        <Flex vertical gap={16}>
          {data.versions.length > 1 && (
            <Flex gap={8} align="center">
              {t('tpl.versions')}
              <Segmented
                value={shownId}
                onChange={setShownId}
                options={data.versions.map((v) => ({ value: v.id, label: t('wf.version', { version: v.version }) }))}
              />
            </Flex>
          )}
          <TemplateDetail template={data.template} current={current} />
        </Flex>
      )}
    </Drawer>
  );
}
