import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { lengthLimit } from '../../../components/lengthLimit';

interface Props {
  /** The step's index in the Form.List. */
  name: number;
  index: number;
  count: number;
  onRemove(): void;
  onMove(to: number): void;
}

/** One step: who approves, both limits, what materials it needs, and whether 容缺 and 承诺制 apply. */
export function StepFields({ name, index, count, onRemove, onMove }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('tpl.step', { no: index + 1 })}
      data-testid={`template-step-${index}`}
      extra={
        <Flex gap={4}>
          <Tooltip title={t('tpl.step.up')}>
            <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('tpl.step.up')} disabled={index === 0} onClick={() => onMove(index - 1)} />
          </Tooltip>
          <Tooltip title={t('tpl.step.down')}>
            <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('tpl.step.down')} disabled={index === count - 1} onClick={() => onMove(index + 1)} />
          </Tooltip>
          <Tooltip title={t('tpl.step.remove')}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('tpl.step.remove')} onClick={onRemove} />
          </Tooltip>
        </Flex>
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={[name, 'name']} label={t('tpl.step.name')} required>
            <Input count={lengthLimit(60)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={[name, 'role']} label={t('tpl.step.role')}>
            <Input count={lengthLimit(60)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[name, 'departments']} label={t('tpl.step.departments')} required>
        <Select mode="tags" placeholder={t('tpl.step.departmentsPlaceholder')} open={false} suffixIcon={null} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={[name, 'statutoryDays']} label={t('tpl.step.statutory')} required>
            <InputNumber style={{ width: '100%' }} precision={0} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={[name, 'promisedDays']} label={t('tpl.step.promised')} required>
            <InputNumber style={{ width: '100%' }} precision={0} />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={24}>
        <Form.Item name={[name, 'allowsMissing']} label={t('tpl.step.allowsMissing')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name={[name, 'isPledge']} label={t('tpl.step.isPledge')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Flex>
      <Form.Item label={t('tpl.step.materials')} style={{ marginBottom: 0 }}>
        <Form.List name={[name, 'materials']}>
          {(materials, { add, remove }) => (
            <Flex vertical gap={4}>
              {materials.map((m) => (
                <Flex key={m.key} gap={8} align="baseline">
                  <Form.Item name={[m.name, 'name']} style={{ flex: 1, marginBottom: 4 }}>
                    <Input placeholder={t('tpl.step.material')} count={lengthLimit(100)} />
                  </Form.Item>
                  <Form.Item name={[m.name, 'mandatory']} valuePropName="checked" style={{ marginBottom: 4 }}>
                    <Checkbox>{t('tpl.step.mandatory')}</Checkbox>
                  </Form.Item>
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(m.name)} />
                </Flex>
              ))}
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', mandatory: true })} style={{ alignSelf: 'flex-start' }}>
                {t('tpl.step.addMaterial')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </Card>
  );
}
