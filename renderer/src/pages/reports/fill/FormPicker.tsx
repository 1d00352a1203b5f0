import { Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ParkSelect } from '../../investment/pickers/ParkSelect';
import { dateOfPeriod, duePeriod } from '../shared/periods';
import type { ReportCode } from '../shared/reportTypes';
import type { ReportTemplates } from '../shared/useReportTemplates';
import { PeriodPicker } from './PeriodPicker';

interface Props {
  templates: ReportTemplates;
  code: ReportCode | undefined;
  parkId: string | undefined;
  period: string | undefined;
  onChange(next: { code?: ReportCode | undefined; park?: string | undefined; period?: string | undefined }): void;
}

/** Which report: the form (T1–T4), the park, the period in the form's own kind (month, quarter, year), the due one first. */
export function FormPicker({ templates, code, parkId, period, onChange }: Props) {
  const { t } = useTranslation();
  const template = templates.list.find((x) => x.code === code);
  // Another form keeps the chosen period when it is of the same kind (T1 → T2, both monthly); otherwise the one due now.
  const periodFor = (next: ReportCode) => {
    const kind = templates.list.find((x) => x.code === next)?.periodKind;
    if (!kind) return undefined;
    return dateOfPeriod(kind, period) ? period : duePeriod(kind, dayjs());
  };
  return (
    <Flex gap={8} wrap align="center" className="no-print">
      <Select<ReportCode>
        style={{ width: 320 }}
        placeholder={t('rp.pick.form')}
        aria-label={t('rp.pick.form')}
        value={code}
        options={templates.list.map((x) => ({ value: x.code, label: `${x.code} ${x.title}` }))}
        onChange={(next) => onChange({ code: next, park: parkId, period: periodFor(next) })}
        data-testid="rp-form-select"
      />
      <ParkSelect style={{ width: 300 }} aria-label={t('pick.park')} value={parkId} onChange={(park) => onChange({ code, park, period })} data-testid="rp-park-select" />
      {template && <PeriodPicker kind={template.periodKind} value={period} onChange={(next) => onChange({ code, park: parkId, period: next })} />}
    </Flex>
  );
}
