import { useEffect, useRef } from 'react';
import { echarts, OKABE_ITO, type EChartsOption } from './echartsCore';

export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  name: string;
}

interface Props {
  option: EChartsOption;
  /** 'zh-CN' draws ECharts' own texts (tooltips, "no data") in Chinese, 'en' in English. */
  locale: 'zh-CN' | 'en';
  height: number;
  onClick?: (click: ChartClick) => void;
  testId?: string;
  ariaLabel: string;
}

/**
 * One ECharts canvas: created for the language (ECharts fixes its locale at init), resized with its box,
 * disposed on unmount. Colours are Okabe–Ito with decal patterns, so nothing depends on telling red from green.
 */
export function EChart({ option, locale, height, onClick, testId, ariaLabel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const instance = echarts.init(box.current!, null, { locale: locale === 'en' ? 'EN' : 'ZH', renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => clickRef.current?.({ dataIndex: event.dataIndex, seriesIndex: event.seriesIndex ?? 0, name: event.name }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    chart.current?.setOption({ color: OKABE_ITO, aria: { enabled: true, decal: { show: true } }, animationDuration: 300, ...option }, { notMerge: true });
  }, [option, locale]);

  return <div ref={box} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />;
}
