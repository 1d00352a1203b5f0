import { Col, Form, Row } from 'antd';
import { industryField } from './formFieldProps';
import { CountrySelect } from './pickers/CountrySelect';
import { IndustryCascader } from './pickers/IndustryCascader';

interface Props {
  /** The form's name for the country field (`countryCode`, or `sourceCountry` on a project). */
  countryName: string;
  /** Labels, already translated. */
  countryLabel: string;
  industryLabel: string;
}

/** The required country and industry (国民经济行业分类) side by side, as every investment form asks them. */
export function CountryIndustryRow({ countryName, countryLabel, industryLabel }: Props) {
  return (
    <Row gutter={16}>
      <Col span={10}>
        <Form.Item name={countryName} label={countryLabel} required>
          <CountrySelect />
        </Form.Item>
      </Col>
      <Col span={14}>
        <Form.Item name="industryCode" label={industryLabel} required {...industryField}>
          <IndustryCascader />
        </Form.Item>
      </Col>
    </Row>
  );
}
