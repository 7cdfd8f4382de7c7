/**
 * Text that wraps only at its spaces, never inside a word: the browser's Thai line breaking would
 * otherwise split a name it does not know (`บุญญา|วงศ์`, `ควน|เนียง`). For people's names (title
 * with first name, surname) and places (`ต.ควนเนียง อ.รัตภูมิ`). The spaces stay outside the
 * unbreakable words, so a line may end at each of them.
 */
export function WholeWords({ text }: { text: string }) {
  const words = text.trim().split(/\s+/);
  return (
    <>
      {words.map((w, i) => (
        <span key={i}>
          {i > 0 && ' '}
          <span style={{ whiteSpace: 'nowrap' }}>{w}</span>
        </span>
      ))}
    </>
  );
}
