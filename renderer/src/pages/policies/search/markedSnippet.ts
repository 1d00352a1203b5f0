export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * The server wraps the matched fragment of a snippet in 【】; the user should see a highlight, not brackets.
 * A bracket without its partner (the text's own 【 】) stays as typed.
 */
export function splitMarked(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  for (;;) {
    const open = rest.indexOf('【');
    const close = open < 0 ? -1 : rest.indexOf('】', open + 1);
    if (open < 0 || close < 0) break;
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    parts.push({ text: rest.slice(open + 1, close), marked: true });
    rest = rest.slice(close + 1);
  }
  if (rest) parts.push({ text: rest, marked: false });
  return parts;
}
