/** Wrap text to lines of at most `width` characters, breaking at spaces. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (let word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (!word) continue;
    if (line && line.length + 1 + word.length > width) out.push(line), (line = '');
    // A word longer than the column is cut into column-wide pieces.
    while (word.length > width) out.push(word.slice(0, width)), (word = word.slice(width));
    line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * Lay two texts out in two columns for the terminal.
 * @param left text of the left column
 * @param right text of the right column
 * @param width total width in characters
 */
export function sideBySide(left: string, right: string, width: number): string[] {
  const col = Math.max(20, Math.floor((width - 3) / 2));
  const l = wrap(left, col), r = wrap(right, col);
  return Array.from({ length: Math.max(l.length, r.length) }, (_, i) => `${(l[i] ?? '').padEnd(col)} │ ${r[i] ?? ''}`.trimEnd());
}
