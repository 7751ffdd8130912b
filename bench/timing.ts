// Timing helpers shared by the store benches.

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface Timing {
  /** What the first run returned (rows, lines). */
  readonly count: number;
  /** The first run, cold (caches empty, code not compiled yet), in ms. */
  readonly firstMs: number;
  /** The median of the `repeat` runs after it, in ms. */
  readonly medianMs: number;
}

/** Runs `run` once cold, then `repeat` times warm. */
export async function timeRuns(run: () => Promise<number>, repeat: number): Promise<Timing> {
  const c0 = performance.now();
  const count = await run();
  const firstMs = performance.now() - c0;
  const warm: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const w0 = performance.now();
    await run();
    warm.push(performance.now() - w0);
  }
  return { count, firstMs, medianMs: median(warm) };
}
