import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, DatePicker, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { MethodInput, MethodOutput } from '../../../../electron/api/index';
import { errorText } from '../../i18n/errorText';
import { base64Blob } from '../checklists/base64Files';
import { downloadBlob } from '../workflows/downloadBlob';
import { localDateTime } from '../backups/backupFormat';
import { actionLabel, auditLang, dayRangeToInstants, entityLabel, fieldLabel } from './auditText';

type AuditPage = MethodOutput<'audit.list'>;
type AuditRowView = AuditPage['rows'][number];
type Facets = MethodOutput<'audit.facets'>;
type Filter = Omit<MethodInput<'audit.list'>, 'page' | 'pageSize'>;

const PAGE_SIZE = 50;
/** A new record lists every field it set; the rest is one click away (the row expands). */
const SHOWN_CHANGES = 3;

function ChangeList({ changes, lang }: { changes: AuditRowView['changes']; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  return (
    <ul className="audit-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <Typography.Text strong>{fieldLabel(c.field, lang)}</Typography.Text>
          {'：'}
          <Typography.Text delete type="secondary">
            {c.old ?? t('audit.empty')}
          </Typography.Text>
          {' → '}
          <Typography.Text>{c.new ?? t('audit.empty')}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * 操作记录: who changed what and when, newest first, filtered and paged in SQL so 100 000 rows stay quick;
 * each row shows its field changes (old → new). A deleted park can be restored from its delete row.
 */
export function AuditViewer({ entity, entityId }: { entity?: string | undefined; entityId?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const lang = auditLang(i18n.language);
  const [filter, setFilter] = useState<Filter>({ ...(entity ? { entity } : {}), ...(entityId ? { entityId } : {}) });
  const [days, setDays] = useState<[Dayjs, Dayjs] | null>(null);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<AuditPage | null>(null);
  const [facets, setFacets] = useState<Facets>({ actors: [], entities: [] });
  const [loading, setLoading] = useState(true);
  const [exporting, setExporting] = useState(false);

  const effective = useCallback((): Filter => {
    return days ? { ...filter, ...dayRangeToInstants(days[0].format('YYYY-MM-DD'), days[1].format('YYYY-MM-DD')) } : filter;
  }, [filter, days]);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await call('audit.list', { ...effective(), page, pageSize: PAGE_SIZE }));
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setLoading(false);
    }
  }, [effective, page, message, t]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    call('audit.facets', {})
      .then(setFacets)
      .catch(() => {});
  }, []);

  const change = (next: Filter) => {
    setPage(1);
    setFilter(next);
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const file = await call('audit.export', { ...effective(), language: lang });
      downloadBlob(base64Blob(file.base64, file.mime), file.fileName);
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setExporting(false);
    }
  };

  const restorePark = async (row: AuditRowView) => {
    try {
      const park = await call('parks.restore', { id: row.entityId });
      message.success(t('audit.parkRestored', { name: park.name }));
      await load();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  const columns = [
    { title: t('audit.col.at'), dataIndex: 'at', width: 140, render: (v: string) => localDateTime(v) },
    { title: t('audit.col.actor'), dataIndex: 'actor', width: 110 },
    {
      title: t('audit.col.action'),
      key: 'action',
      width: 120,
      render: (_: unknown, row: AuditRowView) => (
        <Flex gap={4} wrap>
          <Tag color={row.action === 'delete' ? 'red' : row.action === 'create' ? 'green' : 'blue'}>{actionLabel(row.action, lang)}</Tag>
          {row.source !== 'ui' && row.source !== row.action && <Tag>{t(`audit.source.${row.source}`)}</Tag>}
        </Flex>
      ),
    },
    { title: t('audit.col.entity'), dataIndex: 'entity', width: 100, render: (v: string) => entityLabel(v, lang) },
    {
      title: t('audit.col.record'),
      key: 'record',
      width: 220,
      render: (_: unknown, row: AuditRowView) => (
        <Flex vertical gap={4} align="flex-start">
          <Typography.Text>{row.recordName ?? row.entityId}</Typography.Text>
          {row.entity === 'park' && row.action === 'delete' && (
            <Button size="small" onClick={() => void restorePark(row)}>
              {t('audit.restorePark')}
            </Button>
          )}
        </Flex>
      ),
    },
    {
      title: t('audit.col.changes'),
      key: 'changes',
      render: (_: unknown, row: AuditRowView) => (
        <>
          <ChangeList changes={row.changes.slice(0, SHOWN_CHANGES)} lang={lang} />
          {row.changes.length > SHOWN_CHANGES && (
            <Typography.Text type="secondary">{t('audit.moreChanges', { count: row.changes.length - SHOWN_CHANGES })}</Typography.Text>
          )}
        </>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('audit.filter.entity')}
          value={filter.entity}
          options={facets.entities.map((e) => ({ value: e, label: entityLabel(e, lang) }))}
          onChange={(value?: string) => change({ ...filter, entity: value })}
          data-testid="audit-filter-entity"
        />
        <Select
          allowClear
          showSearch
          style={{ width: 160 }}
          placeholder={t('audit.filter.actor')}
          value={filter.actor}
          options={facets.actors.map((a) => ({ value: a, label: a }))}
          onChange={(value?: string) => change({ ...filter, actor: value })}
          data-testid="audit-filter-actor"
        />
        <DatePicker.RangePicker
          value={days}
          onChange={(value) => {
            setPage(1);
            setDays(value && value[0] && value[1] ? [value[0], value[1]] : null);
          }}
          aria-label={t('audit.filter.days')}
        />
        <Input
          allowClear
          style={{ width: 220 }}
          placeholder={t('audit.filter.record')}
          value={filter.entityId ?? ''}
          onChange={(e) => change({ ...filter, entityId: e.target.value || undefined })}
        />
        <Button
          onClick={() => {
            setDays(null);
            change({});
          }}
        >
          {t('audit.filter.clear')}
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="audit-export">
          {t('audit.export')}
        </Button>
      </Flex>
      <Table<AuditRowView>
        rowKey="seq"
        size="small"
        loading={loading}
        dataSource={data?.rows ?? []}
        columns={columns}
        data-testid="audit-table"
        expandable={{
          rowExpandable: (row) => row.changes.length > SHOWN_CHANGES,
          expandedRowRender: (row) => <ChangeList changes={row.changes} lang={lang} />,
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('audit.total', { total }),
          onChange: setPage,
        }}
      />
    </Flex>
  );
}
