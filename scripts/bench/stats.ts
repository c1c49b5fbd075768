export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function summary(label: string, values: number[]): string {
  const fmt = (v: number) => v.toFixed(1).padStart(7);
  return `${label.padEnd(44)} n=${String(values.length).padStart(4)}  p50 ${fmt(percentile(values, 50))} ms  p95 ${fmt(percentile(values, 95))} ms  max ${fmt(Math.max(...values))} ms`;
}
