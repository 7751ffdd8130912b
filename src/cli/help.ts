import { alwaysStyles } from './terminal.js';

/**
 * The text every command adds after its options in `--help`: notes (paragraphs, may be none), then an
 * `Examples:` section of command lines. Styled always: commander strips the escape codes itself when
 * help goes to a pipe, by the rule the program's output configuration gives it.
 *
 * ```ts
 * command.addHelpText('after', helpText(['Needs a store.'], ['dyad stats --db news.db']));
 * ```
 */
export function helpText(notes: readonly string[], examples: readonly string[]): string {
  const s = alwaysStyles;
  const lines = ['', ...notes.flatMap((note) => [note, '']), s.bold('Examples:')];
  for (const example of examples) {
    const [command = '', comment] = example.split(/(?<=\S)\s+(?=# )/);
    lines.push(`  ${s.cyan(command)}${comment === undefined ? '' : `   ${s.dim(comment)}`}`);
  }
  return lines.join('\n');
}
