import { Alert, Button, Card, Col, Form, Row, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hypotheticalProfileInput } from '../../../../../electron/api/contract/checklistSchemas';
import { errorText, fieldIssueText } from '../../../i18n/errorText';
import { industryField, nullWhenCleared } from '../../investment/formFieldProps';
import { tagOptions, typeOptions } from '../../investment/investmentLabels';
import { CountrySelect } from '../../investment/pickers/CountrySelect';
import { IndustryCascader } from '../../investment/pickers/IndustryCascader';
import { checkWith } from '../../investment/schemaCheck';
import { useApiQuery } from '../../investment/useApiQuery';
import { ApplicableList } from '../ApplicableList';
import { FactCheckboxes } from '../FactCheckboxes';

type Profile = typeof hypotheticalProfileInput._zod.output;

/** The classic meeting question ("a new German manufacturer"), ready to show as the view opens. */
const START: Profile = { countryCode: 'DE', industryCode: '367', tags: [], projectType: 'new', hasForeignStaff: true, imports: true, exports: true };

/**
 * "新设德资制造企业需要办什么？": a profile in, the applicable items out, grouped by domain. Nothing is saved; the
 * layout is large and plain so it reads on a projector.
 */
export function MeetingView() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Profile>();
  const [profile, setProfile] = useState<Profile>(START);
  const [problem, setProblem] = useState<string | null>(null);
  const show = (values: Profile) => {
    const check = checkWith(hypotheticalProfileInput, values);
    if (!check.ok) return setProblem(check.issues.map((issue) => fieldIssueText(issue, t)).join(' ') || t('cl.meeting.fill'));
    setProblem(null);
    setProfile(check.input);
  };
  return (
    <div data-testid="meeting-view" className="cl-meeting">
      <Typography.Title level={2}>{t('cl.meeting.heading')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cl.meeting.hint')}</Typography.Paragraph>
      <Card>
        <Form<Profile> form={form} layout="vertical" initialValues={START} onFinish={show} size="large" data-testid="meeting-form">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="countryCode" label={t('cl.form.country')}>
                <CountrySelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="industryCode" label={t('cl.form.industry')} {...industryField}>
                <IndustryCascader />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="projectType" label={t('cl.form.projectType')} {...nullWhenCleared}>
                <Select allowClear options={typeOptions(t)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="tags" label={t('cl.form.tags')}>
                <Select mode="multiple" allowClear options={tagOptions(t)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <FactCheckboxes large />
            </Col>
          </Row>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          <Button type="primary" size="large" htmlType="submit" data-testid="meeting-show">
            {t('cl.meeting.show')}
          </Button>
        </Form>
      </Card>
      <Result profile={profile} />
    </div>
  );
}

function Result({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const query = useApiQuery('checklistTemplates.applicable', profile);
  if (query.error) return <Alert type="error" showIcon title={errorText(query.error, t)} />;
  if (!query.data) return <Spin />;
  return (
    <div style={{ marginTop: 24 }} data-testid="meeting-result">
      <ApplicableList result={query.data} large />
    </div>
  );
}
