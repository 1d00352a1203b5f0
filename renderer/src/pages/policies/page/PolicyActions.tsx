import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../../api/client';
import { goTo } from '../../../app/routes';
import { errorText, fieldIssueText } from '../../../i18n/errorText';

/** Edit and delete; the server refuses to delete a policy with benefits granted and says how many, shown as is. */
export function PolicyActions({ id, title, onEdit }: { id: string; title: string; onEdit(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const remove = () =>
    call('policies.delete', { id }).then(
      () => {
        message.success(t('parks.deleted', { name: title }));
        goTo('policies');
      },
      (error: unknown) => {
        const issue = error instanceof ApiCallError ? error.fieldIssues[0] : undefined;
        message.error(issue ? fieldIssueText(issue, t) : errorText(error, t));
      },
    );
  return (
    <Space>
      <Button icon={<EditOutlined />} onClick={onEdit} data-testid="policy-edit">
        {t('common.edit')}
      </Button>
      <Popconfirm title={t('parks.deleteConfirm', { name: title })} okButtonProps={{ danger: true }} okText={t('common.delete')} onConfirm={remove}>
        <Button danger icon={<DeleteOutlined />} data-testid="policy-delete">
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
