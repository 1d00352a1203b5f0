import { ArrowLeftOutlined } from '@ant-design/icons';

/** The "← back to the list" link at the top of a one-record page; `label` is already translated. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href}>
      <ArrowLeftOutlined /> {label}
    </a>
  );
}
