import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { itemIssueText } from '../checklistLabels';

/**
 * Runs one change to an item and keeps the server's refusal on the item's own card (where the user clicked), in
 * the user's language; on success the page reloads so progress and tags follow.
 */
export function useItemAction(onChanged: () => void) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setProblem(null);
    try {
      await action();
      onChanged();
      return true;
    } catch (error) {
      const issues = error instanceof ApiCallError ? error.fieldIssues : [];
      setProblem(issues.length ? issues.map((issue) => itemIssueText(issue, t)).join(' ') : errorText(error, t));
      return false;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return { run, problem, busy, clear: () => setProblem(null), fail: setProblem };
}
