import { DatePicker, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ReportHeader } from '../shared/reportTypes';

interface Props {
  header: ReportHeader;
  notes: string[];
  readOnly: boolean;
  problemFields: Set<string>;
  onHeader(field: keyof ReportHeader, value: string): void;
}

const TEXT_FIELDS: { field: Exclude<keyof ReportHeader, 'reportingUnit' | 'reportDate'>; printed: string }[] = [
  { field: 'unitHead', printed: '单位负责人' },
  { field: 'statisticsHead', printed: '统计负责人' },
  { field: 'preparer', printed: '填表人' },
  { field: 'phone', printed: '联系电话' },
];

/** 单位负责人 / 统计负责人 / 填表人 / 联系电话 / 报出日期 and the 说明 notes under the table. */
export function FormFooter({ header, notes, readOnly, problemFields, onHeader }: Props) {
  const { t } = useTranslation();
  return (
    <div className="rp-footer">
      <div className="rp-footer-fields">
        {TEXT_FIELDS.map(({ field, printed }) => (
          <label key={field}>
            <span>{printed}：</span>
            <Input
              size="small"
              aria-label={t(`rp.header.${field}`)}
              value={header[field]}
              disabled={readOnly}
              status={problemFields.has(field) ? 'error' : undefined}
              onChange={(e) => onHeader(field, e.target.value)}
              data-testid={`rp-header-${field}`}
            />
          </label>
        ))}
        <label>
          <span>报出日期：</span>
          <DatePicker
            size="small"
            aria-label={t('rp.header.reportDate')}
            value={header.reportDate ? dayjs(header.reportDate) : null}
            format="YYYY-MM-DD"
            disabled={readOnly}
            status={problemFields.has('reportDate') ? 'error' : undefined}
            onChange={(d) => onHeader('reportDate', d ? d.format('YYYY-MM-DD') : '')}
            data-testid="rp-header-reportDate"
          />
        </label>
      </div>
      {notes.length > 0 && (
        <div className="rp-notes">
          <div>说明：</div>
          {notes.map((note) => (
            <div key={note}>{note}</div>
          ))}
        </div>
      )}
    </div>
  );
}
