import { describe, expect, it } from 'vitest';
import { shownWhileMasked } from '../../renderer/src/app/projectorGuard';
import { locationFromHash } from '../../renderer/src/app/routes';

const shown = (hash: string) => shownWhileMasked(locationFromHash(hash));

describe('pages shown on a projector over real data', () => {
  it('the dashboard, the masked lists its links open, and the public policy library', () => {
    expect(shown('#/dashboard')).toBe(true);
    expect(shown('#/projects?park=a,b&fortune500=1&open=1')).toBe(true);
    expect(shown('#/workflows?tab=applications&light=red')).toBe(true);
    expect(shown('#/checklists?tab=domain&overdue=1')).toBe(true);
    expect(shown('#/policies/abc')).toBe(true);
  });

  it('not a record page, an enterprise’s checklists, a queue or another list whose names are not masked', () => {
    expect(shown('#/projects/0b1c')).toBe(false);
    expect(shown('#/workflows/0b1c')).toBe(false);
    expect(shown('#/workflows?tab=queue')).toBe(false);
    expect(shown('#/checklists?tab=domain&enterprise=e1')).toBe(false);
    expect(shown('#/checklists/c1')).toBe(false);
    expect(shown('#/enterprises')).toBe(false);
    expect(shown('#/targets')).toBe(false);
  });
});
