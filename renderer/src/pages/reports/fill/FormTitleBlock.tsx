import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../shared/periods';
import type { ReportHeader, ReportTemplate } from '../shared/reportTypes';

interface Props {
  template: ReportTemplate;
  title: string;
  period: string;
  header: ReportHeader;
  readOnly: boolean;
  problemFields: Set<string>;
  onHeader(field: keyof ReportHeader, value: string): void;
}

/** Title centred; 填报单位 left, the period in the middle, the 表号 block right: as the form prints them. */
export function FormTitleBlock({ template, title, period, header, readOnly, problemFields, onHeader }: Props) {
  const { t } = useTranslation();
  const block: [string, string][] = [
    ['表　　号', template.表号],
    ['制表机关', template.制表机关],
    ['批准文号', template.批准文号],
    ['有效期至', template.有效期至],
  ];
  return (
    <div className="rp-title-block">
      <h2 className="rp-form-title" data-testid="rp-form-title">
        {title}
      </h2>
      <div className="rp-title-line">
        <label className="rp-unit">
          <span>填报单位：</span>
          <Input
            size="small"
            aria-label={t('rp.header.reportingUnit')}
            value={header.reportingUnit}
            disabled={readOnly}
            status={problemFields.has('reportingUnit') ? 'error' : undefined}
            onChange={(e) => onHeader('reportingUnit', e.target.value)}
            data-testid="rp-header-reportingUnit"
          />
        </label>
        <div className="rp-period" data-testid="rp-form-period">
          {periodLabel(period, 'zh')}
        </div>
        <dl className="rp-form-code" data-testid="rp-form-code">
          {block.map(([k, v]) => (
            <div key={k}>
              <dt>{k}：</dt>
              <dd>{v}</dd>
            </div>
          ))}
          <div>
            <dt>计量单位：</dt>
            <dd>{template.计量单位}</dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
