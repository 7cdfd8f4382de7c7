/**
 * A name that wraps only between its words (title with first name, surname), never inside one:
 * the browser's Thai line breaking would otherwise split a surname it does not know.
 */
export function PersonName({ name }: { name: string }) {
  const words = name.trim().split(/\s+/);
  return (
    <>
      {words.map((w, i) => (
        <span key={i} style={{ whiteSpace: 'nowrap' }}>
          {i > 0 && ' '}
          {w}
        </span>
      ))}
    </>
  );
}
