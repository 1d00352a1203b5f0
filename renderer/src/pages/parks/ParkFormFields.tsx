import { Cascader, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGH_TECH_KINDS, MAX_LEADING_INDUSTRIES_HIGH_TECH } from '../../../../db/reference/parkKinds';
import { useLocaleState } from '../../app/localeContext';
import { kindOptions, levelOptions } from './parkLabels';
import type { ParkFormValues } from './parkFormValues';
import { countryOptions, divisionOptions, divisionPath, matchesCountry } from './referenceOptions';
import type { ParkDirectoryEntry } from './useParkDirectory';
import { lengthLimit } from '../../components/lengthLimit';

const DATE_FORMAT = 'YYYY-MM-DD';

/** The store keeps dates as 'YYYY-MM-DD' text; the DatePicker works with dayjs objects. */
const dateField = {
  getValueProps: (value: string | null) => ({ value: value ? dayjs(value, DATE_FORMAT) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(DATE_FORMAT) : null),
};

/** The form keeps the division code; the Cascader shows and picks the city → county path. */
const divisionField = {
  getValueProps: (code: string | undefined) => ({ value: divisionPath(code) }),
  normalize: (path: string[] | undefined) => path?.at(-1),
};

/** A cleared optional select gives `undefined`; the API's "none" is `null`. */
const nullWhenCleared = { normalize: (value: string | undefined) => value ?? null };

export function ParkFormFields({ hosts }: { hosts: ParkDirectoryEntry[] }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const form = Form.useFormInstance<ParkFormValues>();
  const kind = Form.useWatch('kind', form);
  const industries = Form.useWatch('leadingIndustries', form) ?? [];
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const divisions = useMemo(() => divisionOptions(locale), [locale]);
  const hostOptions = hosts.map((host) => ({ value: host.id, label: locale === 'en' && host.nameEn ? host.nameEn : host.name }));
  const highTech = kind !== undefined && HIGH_TECH_KINDS.includes(kind);
  const notFound = t('parkForm.noMatch');

  return (
    <>
      <Form.Item name="name" label={t('parkForm.name')} required>
        <Input count={lengthLimit(60)} autoFocus />
      </Form.Item>
      <Form.Item name="nameEn" label={t('parkForm.nameEn')}>
        <Input count={lengthLimit(120)} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="kind" label={t('parkForm.kind')} required>
            <Select options={kindOptions(t)} placeholder={t('parkForm.select')} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="level" label={t('parkForm.level')} required>
            <Select options={levelOptions(t)} placeholder={t('parkForm.select')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="divisionCode" label={t('parkForm.divisionCode')} required {...divisionField}>
        <Cascader
          options={divisions}
          changeOnSelect
          showSearch
          placeholder={t('parkForm.divisionPlaceholder')}
          notFoundContent={notFound}
        />
      </Form.Item>
      <Form.Item name="partnerCountries" label={t('parkForm.partnerCountries')}>
        <Select
          mode="multiple"
          options={countries}
          showSearch={{ filterOption: matchesCountry }}
          placeholder={t('parkForm.partnerCountriesPlaceholder')}
          notFoundContent={notFound}
        />
      </Form.Item>
      <Form.Item name="hostParkId" label={t('parkForm.hostParkId')} {...nullWhenCleared}>
        <Select
          options={hostOptions}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('parkForm.hostPlaceholder')}
          notFoundContent={notFound}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="establishedOn" label={t('parkForm.establishedOn')} {...dateField}>
            <DatePicker
              format={DATE_FORMAT}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="areaMu" label={t('parkForm.areaMu')}>
            <InputNumber min={0} precision={2} step={100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="leadingIndustries"
        label={t('parkForm.leadingIndustries')}
        extra={
          highTech && (
            <Typography.Text type={industries.length > MAX_LEADING_INDUSTRIES_HIGH_TECH ? 'warning' : 'secondary'}>
              {t('parkForm.highTechHint', { count: industries.length, max: MAX_LEADING_INDUSTRIES_HIGH_TECH })}
            </Typography.Text>
          )
        }
      >
        <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} placeholder={t('parkForm.industriesPlaceholder')} />
      </Form.Item>
      <Form.Item name="notes" label={t('parkForm.notes')}>
        <Input.TextArea rows={3} count={lengthLimit(2000, true)} />
      </Form.Item>
    </>
  );
}
