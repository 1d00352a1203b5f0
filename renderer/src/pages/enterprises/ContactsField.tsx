import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyContact } from './enterpriseFormValues';
import { lengthLimit } from '../../components/lengthLimit';

/** Up to 20 contacts, one row each (name, role, phone, email); rows are added and removed in place. */
export function ContactsField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('enterpriseForm.contacts')} style={{ marginBottom: 8 }}>
      <Form.List name="contacts">
        {(rows, { add, remove }) => (
          <div data-testid="contacts">
            {rows.map((row, index) => (
              <Row key={row.key} gutter={8} align="top" wrap={false}>
                <Col flex="1 1 0">
                  <Form.Item name={[row.name, 'name']} required>
                    <Input placeholder={t('enterpriseForm.contactName')} count={lengthLimit(40)} aria-label={`${t('enterpriseForm.contactName')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col flex="1 1 0">
                  <Form.Item name={[row.name, 'role']}>
                    <Input placeholder={t('enterpriseForm.contactRole')} count={lengthLimit(40)} aria-label={`${t('enterpriseForm.contactRole')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col flex="1 1 0">
                  <Form.Item name={[row.name, 'phone']}>
                    <Input placeholder={t('enterpriseForm.contactPhone')} count={lengthLimit(40)} aria-label={`${t('enterpriseForm.contactPhone')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col flex="1.4 1 0">
                  <Form.Item name={[row.name, 'email']}>
                    <Input placeholder={t('enterpriseForm.contactEmail')} count={lengthLimit(120)} aria-label={`${t('enterpriseForm.contactEmail')} ${index + 1}`} />
                  </Form.Item>
                </Col>
                <Col flex="none">
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('enterpriseForm.removeContact')} title={t('enterpriseForm.removeContact')} onClick={() => remove(row.name)} />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyContact())} disabled={rows.length >= 20} data-testid="contact-add">
              {t('enterpriseForm.addContact')}
            </Button>
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
