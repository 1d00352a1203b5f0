import { Tabs } from 'antd';
import { cellKey, type ReportHeader, type ReportTemplate, type SubmissionView } from '../shared/reportTypes';
import { FormFooter } from './FormFooter';
import { FormTitleBlock } from './FormTitleBlock';
import { IndicatorSheetTable } from './IndicatorSheetTable';
import { ListSheetTable } from './ListSheetTable';
import type { ReportDraft } from './useReportDraft';
import type { Problem } from './useSubmission';

interface Props {
  template: ReportTemplate;
  view: SubmissionView;
  draft: ReportDraft;
  problems: Problem[];
  problemText(problem: Problem): string;
}

/**
 * The form as the province will see it, one tab per sheet. The printed text of the form (title, 表号 block, 甲乙丙,
 * footer labels, 说明) is the template's own Chinese, exactly what the exported workbook carries, in either language.
 */
export function FormPreview({ template, view, draft, problems, problemText }: Props) {
  const readOnly = view.submission.status === 'submitted' || view.submission.status === 'locked';
  const problemsAt = new Map<string, string[]>();
  for (const p of problems) {
    const key = cellKey(p.row, p.column);
    problemsAt.set(key, [...(problemsAt.get(key) ?? []), problemText(p)]);
  }
  const headerProblems = new Set(problems.filter((p) => p.row === 'header').map((p) => p.column));
  const onHeader = (field: keyof ReportHeader, value: string) => draft.setHeader(field, value);
  const items = template.sheets.map((sheet) => ({
    key: sheet.key,
    label: sheet.name,
    children: (
      <div className="rp-sheet">
        <FormTitleBlock template={template} title={sheet.title} period={view.submission.period} header={draft.header} readOnly={readOnly} problemFields={headerProblems} onHeader={onHeader} />
        {sheet.kind === 'indicators' ? (
          <IndicatorSheetTable sheet={sheet} view={view} edits={readOnly ? {} : draft.edits} problemsAt={problemsAt} onCell={draft.setCell} />
        ) : (
          <ListSheetTable sheet={sheet} records={view.values.lists[sheet.key] ?? []} problemsAt={problemsAt} virtual={template.code === 'T2'} />
        )}
        <FormFooter header={draft.header} notes={sheet.notes} readOnly={readOnly} problemFields={headerProblems} onHeader={onHeader} />
      </div>
    ),
  }));
  return <div className="rp-form printable" data-testid="rp-form">{items.length === 1 ? items[0]!.children : <Tabs items={items} />}</div>;
}
