import { Alert, Card, Empty, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../db/reference/countries';
import { useLocaleState } from '../../app/localeContext';
import { goTo } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';
import { errorText } from '../../i18n/errorText';
import { industryLabel } from '../investment/industryOptions';
import { ParkSelect } from '../investment/pickers/ParkSelect';
import { useApiQuery } from '../investment/useApiQuery';
import { MatrixCellButton } from './MatrixCellButton';
import { buildMatrix } from './matrixModel';
import './matrix.css';

const COUNTRY_WIDTH = 150;

/** Country × industry division: where the park courts whom, what came of it, and which cells are chosen focus. */
export function MatrixPage() {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const [parkId, setParkId] = useState<string | undefined>();
  // "Targets 2 · Projects 1" needs more room than "目标 2 · 项目 1".
  const CELL_WIDTH = locale === 'en' ? 200 : 160;
  const matrix = useApiQuery('targeting.matrix', parkId ? { parkId } : {});
  const model = useMemo(() => buildMatrix(matrix.data ?? [], (code) => countryName(code, 'zh-CN')), [matrix.data]);

  const columns: TableColumnsType<{ country: string }> = [
    {
      title: t('matrix.country'),
      key: 'country',
      fixed: 'left',
      width: COUNTRY_WIDTH,
      render: (_, row) => <Typography.Text strong>{countryName(row.country, locale)}</Typography.Text>,
    },
    ...model.divisions.map((division) => ({
      title: (
        <span className="matrix-division">
          <span className="matrix-division-code">{division}</span> {industryLabel(division, locale)}
        </span>
      ),
      key: division,
      width: CELL_WIDTH,
      onCell: (row: { country: string }) => ({ className: model.cell(row.country, division)?.theme ? 'matrix-focus' : '' }),
      render: (_: unknown, row: { country: string }) => {
        const cell = model.cell(row.country, division);
        return cell ? (
          <MatrixCellButton
            cell={cell}
            countryLabel={countryName(row.country, locale)}
            industryLabel={`${division} ${industryLabel(division, locale)}`}
            onOpen={() => goTo('targets', null, { country: row.country, industry: division })}
          />
        ) : null;
      },
    })),
  ];

  return (
    <Flex vertical gap={16} data-testid="matrix">
      <PageHeading title={t('matrix.title')} subtitle={t('matrix.subtitle')} />
      <Card>
        <Flex vertical gap={16}>
          <Flex gap={12} align="center" wrap>
            <ParkSelect aria-label={t('matrix.park')} placeholder={t('matrix.park')} allowClear value={parkId} onChange={setParkId} style={{ width: 260 }} />
            <Typography.Text type="secondary">{t('matrix.legend')}</Typography.Text>
          </Flex>
          {matrix.error !== null && <Alert type="error" showIcon title={errorText(matrix.error, t)} />}
          <Table<{ country: string }>
            rowKey="country"
            bordered
            size="small"
            loading={matrix.loading}
            pagination={false}
            columns={columns}
            dataSource={model.countries.map((country) => ({ country }))}
            scroll={{ x: COUNTRY_WIDTH + CELL_WIDTH * model.divisions.length }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matrix.empty')} /> }}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
