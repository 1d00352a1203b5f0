export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function withBaseline(name: string, value: number, unit: string, baseline: number): BenchResult {
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function printTable(results: BenchResult[]): void {
  console.table(results.map((r) => ({ benchmark: r.name, value: r.value, unit: r.unit, baseline: r.baseline ?? '', ratio: r.ratio ?? '' })));
}
