import type { MethodOutput } from '../../../../../electron/api/index';
import { useApiQuery } from '../../investment/useApiQuery';

export type ProjectDetail = MethodOutput<'projects.get'>;

/** Everything the project page shows (one round trip), plus the locked months of the project's park. */
export function useProjectDetail(id: string) {
  const detail = useApiQuery('projects.get', { id });
  const parkId = detail.data?.project.parkId;
  const locks = useApiQuery('arrivals.locks', parkId ? { parkId } : {});
  const lockedPeriods = parkId ? (locks.data ?? []).filter((lock) => lock.parkId === parkId).map((lock) => lock.period) : [];
  const reload = () => {
    detail.reload();
    locks.reload();
  };
  return { detail, lockedPeriods, reload };
}
