import { useEffect, useMemo, useState } from 'react';
import type { ReportHeader, SubmissionView } from '../shared/reportTypes';
import type { ManualEdits } from './useSubmission';

export interface ReportDraft {
  header: ReportHeader;
  edits: ManualEdits;
  dirty: boolean;
  setHeader(field: keyof ReportHeader, value: string): void;
  setCell(row: string, column: string, value: number | null): void;
  /** What 保存 sends: the header fields changed and the cells typed since the last save. */
  changes(): { header: Partial<ReportHeader>; manualValues: ManualEdits };
}

/** Typed but unsaved changes to the open revision; cleared whenever a new view arrives from the API. */
export function useReportDraft(view: SubmissionView | null): ReportDraft {
  const saved = view?.values.header;
  const [header, setHeaderState] = useState<Partial<ReportHeader>>({});
  const [edits, setEdits] = useState<ManualEdits>({});

  useEffect(() => {
    setHeaderState({});
    setEdits({});
  }, [view]);

  const merged = useMemo(() => ({ ...(saved ?? emptyHeader), ...header }), [saved, header]);
  const dirty = Object.keys(header).length > 0 || Object.keys(edits).length > 0;

  return {
    header: merged,
    edits,
    dirty,
    setHeader: (field, value) => setHeaderState((h) => ({ ...h, [field]: value })),
    setCell: (row, column, value) => setEdits((e) => ({ ...e, [row]: { ...e[row], [column]: value } })),
    changes: () => ({ header, manualValues: edits }),
  };
}

const emptyHeader: ReportHeader = { reportingUnit: '', unitHead: '', statisticsHead: '', preparer: '', phone: '', reportDate: '' };
