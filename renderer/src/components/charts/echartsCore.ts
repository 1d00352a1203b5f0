import { BarChart, FunnelChart, GaugeChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the charts and components the dashboard draws: the rest of ECharts stays out of the bundle.
// Aria brings the decal patterns that tell series apart without colour.
echarts.use([BarChart, LineChart, FunnelChart, GaugeChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export { echarts };
export type EChartsOption = echarts.EChartsCoreOption;

/** Okabe–Ito: eight colours told apart with every common colour-vision deficiency. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
