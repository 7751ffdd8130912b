import util from 'node:util';

/** What decides whether a stream gets colour: is it a terminal, and what the environment asks. */
export interface ColorSource {
  readonly isTTY?: boolean | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether to colour what goes to `stream`, following Node's own rule: `FORCE_COLOR` (anything but `0` or
 * `false`) turns colour on and wins over `NO_COLOR`; a non-empty `NO_COLOR` turns it off; otherwise colour
 * goes to a terminal only, and not to a `TERM=dumb` one. Pipes and files never get escape codes unasked.
 *
 * ```ts
 * wantsColor(process.stdout); // false under `dyad events | less`
 * wantsColor({ isTTY: false }, { FORCE_COLOR: '1' }); // true
 * ```
 */
export function wantsColor(stream: ColorSource, env: Env = process.env): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR']) return false;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

type Format = Parameters<typeof util.styleText>[0];

/** Text styles for one stream; each is the identity when that stream gets no colour. */
export interface Styles {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

// styleText came in Node 20.12; dyad runs on any Node 20, and an older one simply prints without colour.
const styleText = (util as { styleText?: typeof util.styleText }).styleText;

/**
 * The styles for text written to `stream` (default stdout), through `node:util`'s `styleText`, with the
 * decision to colour taken once by {@link wantsColor}.
 *
 * ```ts
 * const s = stylesFor(process.stderr);
 * process.stderr.write(s.red('dyad: no such file') + '\n');
 * ```
 */
export function stylesFor(stream: ColorSource = process.stdout, env: Env = process.env): Styles {
  const enabled = wantsColor(stream, env) && styleText !== undefined;
  const style =
    (format: Format) =>
    (text: string): string =>
      // The stream check is ours (wantsColor); Node's own would look at stdout even for stderr text.
      enabled && text !== '' ? styleText!(format, text, { validateStream: false }) : text;
  return {
    enabled,
    bold: style('bold'),
    dim: style('dim'),
    red: style('red'),
    green: style('green'),
    yellow: style('yellow'),
    cyan: style('cyan'),
  };
}

/** Styles that never colour: for files, pipes and tests. */
export const plainStyles: Styles = stylesFor({ isTTY: false }, {});

/** Styles that colour whatever the stream, for text whose writer strips them where unwanted (commander's help). */
export const alwaysStyles: Styles = stylesFor({ isTTY: true }, { FORCE_COLOR: '1' });

/**
 * The colour of a CAMEO quad class: cooperation green, verbal conflict yellow, material conflict red.
 *
 * ```ts
 * quadColor(stylesFor(), 4)('190'); // red on a terminal
 * ```
 */
export function quadColor(styles: Styles, quadClass: number): (text: string) => string {
  if (quadClass === 1 || quadClass === 2) return styles.green;
  if (quadClass === 3) return styles.yellow;
  if (quadClass === 4) return styles.red;
  return (text) => text;
}
