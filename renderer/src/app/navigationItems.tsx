import {
  ApartmentOutlined,
  AimOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileTextOutlined,
  ProjectOutlined,
  SafetyOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RouteKey } from './routes';

export const ROUTE_ICONS: Record<RouteKey, ReactNode> = {
  parks: <ApartmentOutlined />,
  projects: <ProjectOutlined />,
  enterprises: <BankOutlined />,
  targets: <AimOutlined />,
  matrix: <TableOutlined />,
  policies: <FileTextOutlined />,
  workflows: <AuditOutlined />,
  checklists: <CheckSquareOutlined />,
  reports: <BarChartOutlined />,
  dashboard: <DashboardOutlined />,
  dataSafety: <SafetyOutlined />,
};
