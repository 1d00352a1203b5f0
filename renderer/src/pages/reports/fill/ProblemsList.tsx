import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Problem } from './useSubmission';

interface Props {
  problems: Problem[];
  /** Where a problem is, as the user reads the form: "实际使用外资 · 本月". */
  placeOf(problem: Problem): string;
  textOf(problem: Problem): string;
}

/** The problems of the last 校验, each with the cell it is at (the cell is outlined on the form too). */
export function ProblemsList({ problems, placeOf, textOf }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) return <Alert type="success" showIcon title={t('rp.fill.validOk')} data-testid="rp-problems-ok" />;
  return (
    <Alert
      type="error"
      showIcon
      title={t('rp.fill.validProblems', { count: problems.length })}
      data-testid="rp-problems"
      description={
        <ul className="rp-problem-list">
          {problems.map((p, i) => (
            <li key={i}>
              <Typography.Text strong>{placeOf(p)}</Typography.Text>：{textOf(p)}
            </li>
          ))}
        </ul>
      }
    />
  );
}
