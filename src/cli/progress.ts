import cliProgress, { type Options, type Params } from 'cli-progress';
import { stylesFor } from './terminal.js';

// cli-progress is CommonJS: Node gives its named exports through the default one only.
const { Format, Presets, SingleBar } = cliProgress;

/** Where and how a long command shows its progress. */
export interface ProgressOptions {
  /** The command, first on the line: `ingest`, `recode`. */
  readonly label: string;
  /** What the bar counts to its total: `files`, `articles`. */
  readonly unit: string;
  readonly total: number;
  /** What the rate counts, when not the bar's unit (ingest: files on the bar, articles per second). */
  readonly rateUnit?: string;
  /** `--quiet`: no bar. */
  readonly quiet?: boolean;
  /** Default process.stderr; the bar is drawn only when it is a terminal. */
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** A progress bar, or nothing at all when there is no terminal to draw it on. */
export interface Progress {
  /** False when no bar is drawn (stderr not a terminal, or `--quiet`). */
  readonly active: boolean;
  /** Moves the bar to `value` of the total; `counted` is what the rate counts (default `value`). */
  update(value: number, counted?: number): void;
  /** Writes a whole line (a refused input) above the bar, which then goes on below it. */
  log(line: string): void;
  /** Takes the bar off the screen; the command's summary follows. */
  stop(): void;
}

const NONE: Progress = { active: false, update: () => {}, log: () => {}, stop: () => {} };

/** The ETA cli-progress gives is seconds, or `NULL`/`INF` until it has two samples apart. */
function eta(params: Params, options: Options): string {
  return Number.isFinite(params.eta) && params.value > 0 ? Format.TimeFormat(params.eta, options, 1) : '…';
}

function rate(counted: number, params: Params): string {
  const seconds = ((params.stopTime ?? Date.now()) - params.startTime) / 1000;
  if (seconds < 1 || counted === 0) return '…';
  const r = counted / seconds;
  return r >= 100 ? Math.round(r).toString() : r.toFixed(1);
}

/**
 * A progress bar with rate and ETA on stderr, drawn only when stderr is a terminal and the command is not
 * `--quiet`, so logs and pipes get the summary line alone. The bar is cleared when it stops.
 *
 * ```ts
 * const progress = startProgress({ label: 'recode', unit: 'articles', total: 1200 });
 * progress.update(400); // recode ███░░░ 400/1200 articles | 35.1 articles/s | ETA 23s
 * progress.stop();
 * ```
 */
export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return NONE;
  const styles = stylesFor(stream);
  const rateUnit = options.rateUnit ?? options.unit;
  let counted = 0;
  const format = (opts: Options, params: Params): string => {
    const parts = [
      `${styles.bold(options.label)} ${Format.BarFormat(params.progress, opts)} ${params.value}/${params.total} ${options.unit}`,
      ...(rateUnit === options.unit ? [] : [`${counted} ${rateUnit}`]),
      `${rate(counted, params)} ${rateUnit}/s`,
      `ETA ${eta(params, opts)}`,
    ];
    return parts.join(styles.dim(' | '));
  };
  const bar = new SingleBar(
    {
      format,
      stream: stream as NodeJS.WritableStream,
      barsize: 24,
      // The rate changes between value changes; redraw it at the bar's frame rate.
      forceRedraw: true,
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(Math.max(options.total, 0), 0);
  return {
    active: true,
    update(value, count = value) {
      counted = count;
      bar.update(Math.min(value, options.total));
    },
    log(line) {
      // Over the bar's line: it is redrawn below at the next frame.
      stream.write(`\r\x1b[2K${line}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}
