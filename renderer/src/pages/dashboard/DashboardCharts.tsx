import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { namesMasked, useDeskMode } from '../../app/deskMode';
import { useLocaleState } from '../../app/localeContext';
import { ApprovalsPanel } from './ApprovalsPanel';
import type { DashboardFilters } from './dashboardScope';
import { FdiChart } from './FdiChart';
import { Fortune500Chart } from './Fortune500Chart';
import { GaugesPanel } from './GaugesPanel';
import { InvestmentBars } from './InvestmentBars';
import { ParkComparisonChart } from './ParkComparisonChart';
import { StageFunnel } from './StageFunnel';

/** Every tile of the 驾驶舱; on a projector the charts grow and names over real data are masked by the API. */
export function DashboardCharts({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const mode = useDeskMode();
  const masked = namesMasked(mode);
  const input = { ...filters, masked };
  const h = mode.projector ? 380 : 300;
  return (
    <Row gutter={[16, 16]} className="dash-grid">
      {masked && (
        <Col span={24} className="dash-masked-hint">
          {t('dash.maskedHint')}
        </Col>
      )}
      <Col xs={24} xl={16}>
        <FdiChart input={input} locale={locale} height={h} />
      </Col>
      <Col xs={24} xl={8}>
        <StageFunnel input={input} locale={locale} height={h} />
      </Col>
      <Col xs={24} xl={12}>
        <InvestmentBars by="source" input={input} locale={locale} height={h} />
      </Col>
      <Col xs={24} xl={12}>
        <InvestmentBars by="industry" input={input} locale={locale} height={h} />
      </Col>
      <Col xs={24}>
        <GaugesPanel input={input} locale={locale} height={mode.projector ? 240 : 190} />
      </Col>
      <Col xs={24} xl={12}>
        <Fortune500Chart input={input} locale={locale} height={h} />
      </Col>
      <Col xs={24} xl={12}>
        <ApprovalsPanel input={input} />
      </Col>
      <Col xs={24}>
        <ParkComparisonChart input={input} locale={locale} height={h + 40} />
      </Col>
    </Row>
  );
}
