import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(rendererDir, '..');

/** Big, rarely-changing libraries in their own files so the app chunk stays small and cache-friendly. */
const vendorGroups = [
  // Only the overdue export needs it (a dynamic import): its own file keeps it out of the start-up download.
  { name: 'exceljs', test: /node_modules[\\/]exceljs[\\/]/, priority: 5 },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
  { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 3 },
  // The dashboard's charts (echarts/core with only the charts it uses, and its canvas library zrender).
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/, priority: 2 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
];

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the same build is served from app:// in Electron and from http:// in browser mode.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(repoDir, 'build', 'renderer'),
    emptyOutDir: true,
    // antd alone is ~1.2 MB minified; loaded from disk, so only warn when something unexpected gets bigger.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
