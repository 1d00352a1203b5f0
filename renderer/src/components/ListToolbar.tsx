import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

interface Props {
  className?: string;
  /** The free-text search first in the row; `label` is already translated and serves as placeholder too. */
  search: { testId: string; label: string; value: string; onChange(value: string): void; width: number };
  /** The primary "new …" button, pushed to the end of the row. */
  create: { testId: string; label: string; onClick(): void };
  /** Buttons that stand before "new …" at the end of the row. */
  actions?: ReactNode;
  /** The filters between search and the buttons. */
  children?: ReactNode;
}

/** One row of a list page's toolbar: search, the page's own filters, then its buttons at the right. */
export function ListToolbar({ className, search, create, actions, children }: Props) {
  const createButton = (style?: CSSProperties) => (
    <Button data-testid={create.testId} type="primary" icon={<PlusOutlined />} onClick={create.onClick} style={style}>
      {create.label}
    </Button>
  );
  return (
    <Flex gap={12} wrap align="center" className={className}>
      <Input
        data-testid={search.testId}
        aria-label={search.label}
        placeholder={search.label}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        value={search.value}
        onChange={(event) => search.onChange(event.target.value)}
        style={{ width: search.width }}
      />
      {children}
      {actions ? (
        <Flex gap={8} style={{ marginLeft: 'auto' }}>
          {actions}
          {createButton()}
        </Flex>
      ) : (
        createButton({ marginLeft: 'auto' })
      )}
    </Flex>
  );
}
