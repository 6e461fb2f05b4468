import "server-only";
import { jaModel, Parser } from "budoux";
import { Fragment } from "react";

const parser = new Parser(jaModel);
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * A heading's text that breaks only between phrases when it is Japanese, in every browser: BudouX
 * (computed here, on the server) marks the phrase boundaries with <wbr>, and `word-break: keep-all`
 * keeps lines from breaking anywhere else. Screen readers read the same text
 * (docs/decisions/0033-system-fonts-and-phrase-breaks.md).
 */
export function Phrases({ children: text }: { children: string }) {
  if (!JAPANESE.test(text)) return text;
  return (
    <span className="phrases">
      {parser.parse(text).map((phrase, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {phrase}
        </Fragment>
      ))}
    </span>
  );
}
