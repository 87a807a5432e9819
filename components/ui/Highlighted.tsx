/** Text with the matched parts wrapped in <mark>; ranges are [start, end) offsets into `text`. */
export function Highlighted({ text, ranges }: { text: string; ranges?: readonly (readonly [number, number])[] }) {
  if (!ranges?.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
