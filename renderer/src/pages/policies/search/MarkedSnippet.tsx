import { splitMarked } from './markedSnippet';

/** A search hit's snippet with the match as <mark>. */
export function MarkedSnippet({ snippet }: { snippet: string }) {
  return (
    <span className="pol-snippet">
      {splitMarked(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}
