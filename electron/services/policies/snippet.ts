/**
 * The passage around the first match of `query` in `text`: `radius` characters either side, the matched fragment
 * wrapped in 【】, an ellipsis where the text was cut. Matching ignores Latin case, like the search itself.
 */
export function markedSnippet(text: string, query: string, radius = 20): string | null {
  const needle = query.trim();
  if (!needle) return null;
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return null;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + needle.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, at)}【${text.slice(at, at + needle.length)}】${text.slice(at + needle.length, end)}${end < text.length ? '…' : ''}`;
}
