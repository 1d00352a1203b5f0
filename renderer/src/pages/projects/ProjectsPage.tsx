import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../app/localeContext';
import { goTo } from '../../app/routes';
import { ListPage } from '../../components/ListPage';
import { useNamesMasked } from '../../components/MaskedNamesHint';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useParkDirectory } from '../parks/useParkDirectory';
import { MonthLocksDrawer } from './locks/MonthLocksDrawer';
import { ProjectFormDrawer } from './form/ProjectFormDrawer';
import { DEFAULT_SORT, EMPTY_FILTERS, filtersFromParams, hasFilters, toProjectQuery, type ProjectFilters, type ProjectSort } from './projectQuery';
import { ProjectsTable } from './ProjectsTable';
import { ProjectsToolbar } from './ProjectsToolbar';
import { useProjectRows } from './useProjectRows';
import './projects.css';

const SEARCH_DELAY_MS = 300;

/** The dashboard links here with `?park=…[,…]&from=…&to=…&stage=…&country=…&industry=…&fortune500=1`, which preset the filters. */
export function ProjectsPage({ params = {} }: { params?: Record<string, string> }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const [filters, setFilters] = useState<ProjectFilters>(() => filtersFromParams(params));
  const [sort, setSort] = useState<ProjectSort>(DEFAULT_SORT);
  const [creating, setCreating] = useState(false);
  const [locksOpen, setLocksOpen] = useState(false);
  const settledFilters = useDebouncedValue(filters, SEARCH_DELAY_MS);
  const masked = useNamesMasked();
  const query = useMemo(() => ({ ...toProjectQuery(settledFilters, sort), ...(masked ? { masked } : {}) }), [settledFilters, sort, masked]);
  const list = useProjectRows(query);
  const directory = useParkDirectory();

  // The list carries the Chinese park name; English users see the park's English name when it has one.
  const parkLabel = useCallback(
    (id: string, fallback: string) => (locale === 'en' ? directory.byId.get(id)?.nameEn || fallback : fallback),
    [locale, directory.byId],
  );

  return (
    <ListPage
      title={t('projects.title')}
      subtitle={t('projects.subtitle')}
      toolbar={<ProjectsToolbar filters={filters} onChange={setFilters} onCreate={() => setCreating(true)} onLocks={() => setLocksOpen(true)} />}
      error={list.error}
      onRetry={list.reload}
      table={
        <ProjectsTable
          list={list}
          filtered={hasFilters(settledFilters)}
          sort={sort}
          parkLabel={parkLabel}
          onSort={setSort}
          onClearFilters={() => setFilters(EMPTY_FILTERS)}
        />
      }
    >
      <ProjectFormDrawer
        open={creating}
        project={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          goTo('projects', saved.id);
        }}
      />
      <MonthLocksDrawer open={locksOpen} onClose={() => setLocksOpen(false)} />
    </ListPage>
  );
}
