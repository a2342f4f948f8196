import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NARRATIVE_PARTS } from '@shared/format';
import { rejoinWrapped, STARTS_ITEM, tightSpacing, wrapWidth } from '@shared/import/paragraph-lines';
import { importText } from '@shared/import/text-report';
import type { Report } from '@shared/report';
import { fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

/** Typed reports: a paragraph a line, as the editor and Word keep them. */
const REPORTS = [SAMPLE_PATH, fixturePath('ninghe-2020.nianbao'), fixturePath('xiaojihan-2021.nianbao')].map(
  loadReport,
);
const paragraphsOf = (r: Report) =>
  [r.preamble, ...NARRATIVE_PARTS.map((p) => r.parts[p])].flatMap((t) => t.split('\n')).filter(Boolean);

const halfWidths = (c: string) => (/[\u2e80-\ua4cf\uff00-\uff60\u3000-\u303f]/u.test(c) ? 2 : 1);

/** `paragraph` broken as a page breaks it: each line as many characters as fit in `width` half-widths. */
function printedLines(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const c of paragraph) {
    if (used + halfWidths(c) > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += c;
    used += halfWidths(c);
  }
  return [...lines, line];
}

describe('paragraphs copied out of a PDF line by line', () => {
  it('leaves typed text, a paragraph a line, as it is', () => {
    for (const report of REPORTS) {
      const typed = paragraphsOf(report);
      expect(wrapWidth(typed), report.title).toBeUndefined();
      expect(rejoinWrapped(typed, undefined)).toEqual(typed);
    }
  });

  it.each([40, 56, 64])(
    'rejoins the lines of every paragraph printed %i half-widths wide, page numbers between',
    (w) => {
      let checked = 0;
      for (const report of REPORTS) {
        const typed = paragraphsOf(report);
        const printed = typed.map((p) => printedLines(p, w));
        // A line that happens to end a clause (「；」) or a line that happens to start like an item (「2.」) is a
        // paragraph break to the reader as much as to the code: such paragraphs are not the test's to judge.
        const plain = printed.map((lines) =>
          lines.every((l, i) => i === 0 || (!STARTS_ITEM.test(l) && !/[。！？!?：:；;]$/u.test(lines[i - 1] ?? ''))),
        );
        const lines = printed.flat();
        for (let at = 20, page = 1; at < lines.length; at += 21, page++) lines.splice(at, 0, `- ${page} -`);
        const wrap = wrapWidth(lines);
        expect(wrap, report.title).toBeGreaterThanOrEqual(w * 0.85);
        expect(wrap).toBeLessThanOrEqual(w);
        const back = rejoinWrapped(lines, wrap);
        expect(back.some((l) => /^- \d+ -$/.test(l))).toBe(false);
        for (const [i, paragraph] of typed.entries()) {
          if (!plain[i]) continue;
          expect(back, `${report.title}: ${paragraph.slice(0, 20)}`).toContain(paragraph);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(20);
    },
  );

  it('reads Huai’an copied by pdftotext as the paragraphs its PDF prints, without WPS’s spaces beside digits', () => {
    const text = importText(readFileSync(fixturePath('corpus/huaian-2024-pdftotext-raw.txt'), 'utf8')).report;
    const overview = text.parts.overview.split('\n');
    expect(overview).toHaveLength(6);
    expect(overview[0]).toBe(
      '2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大和二十届二中、三中全会精神，按照党中央国务院、省委省政府决策部署和市委工作要求，严格落实《中华人民共和国政府信息公开条例》各项规定，圆满完成了各项任务。',
    );
    // Across the page break and its 「-1-」.
    expect(overview[1]).toMatch(/^（一）主动公开情况。.*“建设‘四最’一流营商环境高质量推进产业发展”.*回应舆论关切。$/u);
    expect(text.parts.other).toBe(
      '2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。',
    );
  });

  it('drops spaces between Chinese and digits or Latin letters only', () => {
    expect(tightSpacing('自 2024 年 1 月，共 3 件（占 12.5 %）')).toBe('自2024年1月，共3件（占12.5 %）');
    expect(tightSpacing('电子邮箱：abc@163.com ，网址 www.gov.cn 首页')).toBe(
      '电子邮箱：abc@163.com，网址www.gov.cn首页',
    );
    expect(tightSpacing('行政复议 351 件，其中结果维持 72 件；3001 53 0 61')).toBe(
      '行政复议351件，其中结果维持72件；3001 53 0 61',
    );
  });
});
