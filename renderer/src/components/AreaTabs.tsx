import { Tabs } from 'antd';
import type { ReactNode } from 'react';

interface Props<K extends string> {
  tabs: readonly K[];
  /** The tab the address names; only its content is rendered. */
  active: K;
  /** Each tab's label carries `data-testid="<testIdPrefix>-<key>"`. */
  testIdPrefix: string;
  /** Already translated. */
  label(key: K): string;
  content: Record<K, () => ReactNode>;
  bodyClassName: string;
  /** Usually goTo(area, …) with the new tab, so the tab lives in the address. */
  onChange(key: K): void;
}

/** The card tabs of an area with one view per tab (清单, 审批); switching tabs mounts the view afresh. */
export function AreaTabs<K extends string>({ tabs, active, testIdPrefix, label, content, bodyClassName, onChange }: Props<K>) {
  return (
    <Tabs
      activeKey={active}
      type="card"
      destroyOnHidden
      onChange={(key) => onChange(key as K)}
      items={tabs.map((key) => ({
        key,
        label: <span data-testid={`${testIdPrefix}-${key}`}>{label(key)}</span>,
        children: active === key ? <div className={bodyClassName}>{content[key]()}</div> : null,
      }))}
    />
  );
}
