import { Fragment } from 'react';
import type { ReactNode } from 'react';

/** Column heads in Chinese characters only, an even number of them: 商业企业, 结果维持, 社会公益组织. */
const PAIRED = /^(?:[\u4e00-\u9fff]{2}){2,}$/u;

/**
 * A narrow column head as the official template prints it: broken between its two-character words
 * (商业/企业, 结果/维持), never inside one (商业企/业). Other heads wrap as the browser would.
 */
export function headWords(text: string): ReactNode {
  if (!PAIRED.test(text)) return text;
  const pairs = text.match(/../gu) ?? [text];
  return pairs.map((pair, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {pair}
    </Fragment>
  ));
}

/** A head of two or three characters is one word (自然人, 总计): 自然/人 at 1024×640 read as two. */
const WORD = /^[\u4e00-\u9fff]{2,3}$/u;

/** Whether this head breaks only between its words, or not at all (its cell keeps its words whole). */
export const hasHeadWords = (text: string): boolean => PAIRED.test(text) || WORD.test(text);
