import { Fragment } from 'react';
import { glueSpaces, linePieces } from '@shared/thai';

/**
 * The spaces a line must not end at made ones that do not break: those the PDF engine glues
 * (glueSpaces: inside a date `26 ก.พ. 2570`, a number and its unit), and the one before ๆ, which
 * repeats the word before it and never starts a line.
 */
const keepSpaces = (text: string) => glueSpaces(text).replace(/\s+(?=ๆ)/g, '\u00a0');

/**
 * Text that wraps only at its spaces, never inside a word: the browser's Thai line breaking would
 * otherwise split a name it does not know (`บุญญา|วงศ์`, `ควน|เนียง`). For people's names (title
 * with first name, surname) and places (`ต.ควนเนียง อ.รัตภูมิ`). The spaces stay outside the
 * unbreakable words, so a line may end at each of them but those of keepSpaces.
 */
export function WholeWords({ text }: { text: string }) {
  const words = keepSpaces(text.trim()).split(/[ \t\r\n]+/);
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
 * Text that may wrap between its words (a kind name, a seminar's title: too long to keep on one
 * line), by the same word rules as the PDF engine (linePieces): each Thai word is kept on one line
 * and a line may end only between two of them (`<wbr>`). So no line ends inside a compound that
 * Chromium's dictionary splits (`ช่วย|เหลือ`, `เครือ|ข่าย`), right after a word that leans on the
 * next (`ผู้|ต้องการ`, `ความ|ช่วยเหลือ`), or before ๆ (อื่น|ๆ).
 */
export function WordsKept({ text }: { text: string }) {
  const pieces = linePieces(keepSpaces(text));
  return (
    <>
      {pieces.map((p, i) =>
        p.whole ? (
          <Fragment key={i}>
            {pieces[i - 1]?.whole && <wbr />}
            <span style={{ whiteSpace: 'nowrap' }}>{p.text}</span>
          </Fragment>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
