import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileTextOutlined,
  ProjectOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteKey } from './routes';

export const ROUTE_ICONS: Record<RouteKey, ReactNode> = {
  parks: <ApartmentOutlined />,
  projects: <ProjectOutlined />,
  policies: <FileTextOutlined />,
  workflows: <AuditOutlined />,
  checklists: <CheckSquareOutlined />,
  reports: <BarChartOutlined />,
  dashboard: <DashboardOutlined />,
};
