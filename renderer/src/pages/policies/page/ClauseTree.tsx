import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { useLocaleState } from '../../../app/localeContext';
import { conditionsOf, conditionText } from '../conditionText';
import { UnitTags } from '../PolicyTags';

export type Clause = MethodOutput<'policies.get'>['clauses'][number];

/**
 * The clauses in document order, indented by level (一、 → （一） → 1.); the clause a search hit named is
 * highlighted and scrolled into view once the page has its data.
 */
export function ClauseTree({ clauses, focusId, onGrant, onEdit }: { clauses: readonly Clause[]; focusId: string | null; onGrant(clauseId: string): void; onEdit(clause: Clause): void }) {
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(`clause-${focusId}`)?.scrollIntoView({ block: 'center' });
  }, [focusId]);
  return (
    <div data-testid="policy-clauses">
      {clauses.map((clause) => (
        <ClauseItem key={clause.id} clause={clause} focused={clause.id === focusId} onGrant={onGrant} onEdit={onEdit} />
      ))}
    </div>
  );
}

function ClauseItem({ clause, focused, onGrant, onEdit }: { clause: Clause; focused: boolean; onGrant(clauseId: string): void; onEdit(clause: Clause): void }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const conditions = clause.applicability ? conditionsOf(clause.applicability) : [];
  const label = clause.level === 1 ? `${clause.number}、` : clause.number;
  return (
    <div
      id={`clause-${clause.id}`}
      data-testid={`policy-clause-${clause.path}`}
      className={`pol-clause pol-clause-${clause.level}${focused ? ' pol-clause-focus' : ''}`}
    >
      <Space size={8} wrap>
        <Typography.Text strong={clause.level === 1}>
          {label} {clause.heading}
        </Typography.Text>
        {clause.indicatorCode && (
          <Tag color="purple" bordered={false}>
            {t('pol.clause.indicator')} {clause.indicatorCode}
          </Tag>
        )}
      </Space>
      {/* Section headings often repeat as their whole text; saying it twice is noise. */}
      {clause.text && clause.text !== clause.heading && <Typography.Paragraph className="pol-clause-text">{clause.text}</Typography.Paragraph>}
      <Space size={[4, 4]} wrap>
        <UnitTags lead={clause.leadUnit} units={clause.responsibleUnits} />
        <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(clause)} data-testid="clause-edit">
          {t('pol.clause.edit')}
        </Button>
      </Space>
      {conditions.length > 0 && (
        <div style={{ marginTop: 6 }}>
          <Space size={[4, 4]} wrap>
            <Typography.Text type="secondary">{t('pol.clause.conditions')}:</Typography.Text>
            {conditions.map((c) => (
              <Tag key={c.condition} color="cyan" bordered={false}>
                {conditionText(c.condition, c.value, t, locale)}
              </Tag>
            ))}
            <Button size="small" icon={<PlusOutlined />} onClick={() => onGrant(clause.id)} data-testid="clause-grant">
              {t('pol.clause.grant')}
            </Button>
          </Space>
        </div>
      )}
    </div>
  );
}
