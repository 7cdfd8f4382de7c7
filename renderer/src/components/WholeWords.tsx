import { compoundPieces } from '@shared/thai';

/** ๆ repeats the word before it and never starts a line: the space before it becomes one that does not break. */
const joinMaiYamok = (text: string) => text.replace(/\s+(?=ๆ)/g, '\u00a0');

/**
 * Text that wraps only at its spaces, never inside a word: the browser's Thai line breaking would
 * otherwise split a name it does not know (`บุญญา|วงศ์`, `ควน|เนียง`). For people's names (title
 * with first name, surname) and places (`ต.ควนเนียง อ.รัตภูมิ`). The spaces stay outside the
 * unbreakable words, so a line may end at each of them (not at the one before ๆ).
 */
export function WholeWords({ text }: { text: string }) {
  const words = joinMaiYamok(text.trim()).split(/[ \t\r\n]+/);
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

/**
 * Text that may wrap between its words as the browser finds them (a kind name, a seminar's title:
 * too long to keep on one line), except inside the domain's compounds, which Chromium's dictionary
 * splits (`ช่วย|เหลือ`, `เครือ|ข่าย`), and before ๆ (อื่น|ๆ).
 */
export function WordsKept({ text }: { text: string }) {
  return (
    <>
      {compoundPieces(joinMaiYamok(text)).map((p, i) =>
        p.whole ? <span key={i} style={{ whiteSpace: 'nowrap' }}>{p.text}</span> : p.text,
      )}
    </>
  );
}
