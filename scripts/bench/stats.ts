/** Latency summary in milliseconds, by the nearest-rank method (a p99 is a latency some turn really had). */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(latenciesMs: number[]): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort();
  const n = sorted.length;
  const rank = (p: number) => (n === 0 ? 0 : sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]);
  const total = sorted.reduce((a, b) => a + b, 0);
  return { count: n, mean: n ? total / n : 0, p50: rank(50), p95: rank(95), p99: rank(99), max: n ? sorted[n - 1] : 0 };
}
