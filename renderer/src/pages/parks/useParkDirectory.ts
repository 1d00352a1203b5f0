import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ParkKind } from '../../../../db/reference/parkKinds';
import { call } from '../../api/client';

export interface ParkDirectoryEntry {
  id: string;
  name: string;
  nameEn: string;
  kind: ParkKind;
}

export interface ParkDirectory {
  entries: ParkDirectoryEntry[];
  byId: Map<string, ParkDirectoryEntry>;
  reload(): void;
}

/** The API's largest page; a province has a few hundred zones, so one page names them all. */
const DIRECTORY_LIMIT = 1000;

/**
 * Every park's name, independent of the table's filters and page: the host-zone picker offers all parks,
 * and a 园中园's host is named even when the host itself is filtered out of the table.
 */
export function useParkDirectory(): ParkDirectory {
  const [entries, setEntries] = useState<ParkDirectoryEntry[]>([]);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    call('parks.list', { sortBy: 'name', sortDir: 'asc', limit: DIRECTORY_LIMIT }).then(
      ({ rows }) => {
        if (current) setEntries(rows.map(({ id, name, nameEn, kind }) => ({ id, name, nameEn, kind })));
      },
      // The table reports load failures; without the directory only host names are missing.
      (error: unknown) => console.error('[parks] directory failed to load', error),
    );
    return () => {
      current = false;
    };
  }, [reloads]);

  const byId = useMemo(() => new Map(entries.map((entry) => [entry.id, entry])), [entries]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { entries, byId, reload };
}
