import { Checkbox, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Facts no other record holds (foreign staff, imports, exports); they decide which items apply. */
export function FactCheckboxes({ large }: { large?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('cl.form.facts')}>
      <Space size={large ? 32 : 16} wrap>
        {(['hasForeignStaff', 'imports', 'exports'] as const).map((name) => (
          <Form.Item key={name} name={name} valuePropName="checked" noStyle>
            <Checkbox data-testid={`fact-${name}`}>{t(`cl.form.${name}`)}</Checkbox>
          </Form.Item>
        ))}
      </Space>
    </Form.Item>
  );
}
