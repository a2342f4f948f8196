import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIndex } from '@shared/format';
import { importText } from '@shared/import/text-report';
import { dataSentence, emptyReport, insertDataSentences, withAutoTotals } from '@shared/report';
import type { Report } from '@shared/report';
import { evaluate, statedCountSentence } from '@shared/rules';
import { clone, fixturePath, loadReport, SAMPLE_PATH } from '../helpers';

/** 插入数据说明 (issue 11.13): part 一 states what the tables say, so N1 and N2 agree by construction. */
const N1N2 = (r: Report) => evaluate(r).filter((f) => f.rule === 'N1' || f.rule === 'N2');
const withOverview = (r: Report, overview: string): Report => ({ ...r, parts: { ...r.parts, overview } });
const inserted = (r: Report) => withOverview(r, insertDataSentences(r, ['requests', 'review']).text);

/** Fills tables three and four with small numbers that balance, as a clerk's would. */
function filled(r: Report, seed: number): Report {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % 7);
  const cells = { ...r.cells };
  for (const c of formatIndex(r.formatId).cells) if (c.table !== 'T2' && !c.derived) cells[c.id] = next();
  return withAutoTotals({ ...r, cells, settings: { ...r.settings, autoTotals: true } });
}

const seeds = readdirSync(fixturePath('seeds')).filter((f) => f.endsWith('.txt'));

describe('插入数据说明', () => {
  it.each(seeds)('seed %s: inserting then checking gives no N1/N2, with the seed’s numbers and with others', (name) => {
    const seed = importText(readFileSync(fixturePath(`seeds/${name}`), 'utf8')).report;
    // With other numbers the seed's own 「未收到…申请」 would contradict them: those runs keep only part 一's headings.
    const headings = seed.parts.overview
      .split('\n')
      .filter((l) => /^[（(][一二三四五][）)]/.test(l))
      .join('\n');
    const bare = withOverview(seed, headings);
    for (const r of [seed, filled(bare, 1), filled(bare, 7)]) {
      const after = inserted(r);
      expect(N1N2(after)).toEqual([]);
      expect(after.parts.overview).toContain(dataSentence(r, 'requests'));
      expect(after.parts.overview).toContain(dataSentence(r, 'review'));
    }
  });

  it.each([
    ['2021 format', fixturePath('xiaojihan-2021.nianbao')],
    ['2019 trial format', fixturePath('ninghe-2020.nianbao')],
  ])('%s: many random tables, every one agrees with the sentences', (_, path) => {
    const base = withOverview(loadReport(path), '');
    for (let seed = 1; seed <= 40; seed++) expect(N1N2(inserted(filled(base, seed)))).toEqual([]);
  });

  it('says the counts of the tables, the breakdowns without zeros', () => {
    const r = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' });
    Object.assign(r.cells, {
      'T3.new.natural': 3,
      'T3.new.commercial': 1,
      'T3.carried_in.natural': 1,
      'T3.open.natural': 2,
      'T3.none.not_held.natural': 1,
      'T3.carry_out.commercial': 2,
      'T4.review.upheld': 1,
      'T4.review.pending': 1,
      'T4.suit_after_review.corrected': 1,
    });
    const t = withAutoTotals(r);
    expect(dataSentence(t, 'requests')).toBe(
      '本年共收到政府信息公开申请4件（其中自然人3件、法人或其他组织1件），上年结转1件；办结3件（予以公开2件、无法提供1件），结转下年度继续办理2件。',
    );
    expect(dataSentence(t, 'review')).toBe(
      '本年度发生政府信息公开行政复议2件（结果维持1件、尚未审结1件），行政诉讼1件（复议后起诉1件）。',
    );
    const zero = withAutoTotals(emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' }));
    expect(dataSentence(zero, 'requests')).toBe('本年度未收到政府信息公开申请，无上年结转和结转下年度继续办理的申请。');
    expect(dataSentence(zero, 'review')).toBe('本年度未发生政府信息公开行政复议和行政诉讼。');
  });

  it('goes under 「（二）依申请公开」 when the text has it; inserting again updates the numbers in place', () => {
    const r = clone(filled(loadReport(fixturePath('xiaojihan-2021.nianbao')), 3));
    r.parts.overview = '（一）主动公开\n全年主动公开信息20条。\n（二）依申请公开\n（三）政府信息管理\n制度健全。';
    const once = inserted(r);
    const lines = once.parts.overview.split('\n');
    expect(lines[3]).toBe(dataSentence(r, 'requests') + dataSentence(r, 'review'));
    expect(lines[2]).toBe('（二）依申请公开');
    expect(lines[4]).toBe('（三）政府信息管理');

    // The tables change (and part 一 was edited around the sentences): the same sentences, new numbers.
    const changed = filled({ ...once, parts: { ...once.parts, overview: once.parts.overview + '\n另有说明。' } }, 11);
    const result = insertDataSentences(changed, ['requests', 'review']);
    expect(result.updated).toEqual(['requests', 'review']);
    expect(result.inserted).toEqual([]);
    expect(result.text).toBe(
      once.parts.overview.replace(lines[3] ?? '', dataSentence(changed, 'requests') + dataSentence(changed, 'review')) +
        '\n另有说明。',
    );
    expect(N1N2(withOverview(changed, result.text))).toEqual([]);
    // From numbers to none and back: the other variant of each sentence is found too.
    const none = withAutoTotals({
      ...changed,
      cells: Object.fromEntries(Object.keys(changed.cells).map((k) => [k, 0])),
    });
    const cleared = insertDataSentences(withOverview(none, result.text), ['requests', 'review']);
    expect(cleared.updated).toEqual(['requests', 'review']);
    expect(cleared.text).toContain('本年度未收到政府信息公开申请');
    expect(insertDataSentences(withOverview(changed, cleared.text), ['requests']).text).toContain(
      dataSentence(changed, 'requests'),
    );
  });

  it('writes into an empty part 一 and at the end of a text without the sub-heading', () => {
    const r = emptyReport({ year: 2025, unitName: '某镇人民政府', kind: 'township' });
    expect(insertDataSentences(r, ['review']).text).toBe('本年度未发生政府信息公开行政复议和行政诉讼。');
    const t = withOverview(r, '本镇认真贯彻条例。\n');
    expect(insertDataSentences(t, ['review']).text).toBe(
      '本镇认真贯彻条例。\n本年度未发生政府信息公开行政复议和行政诉讼。',
    );
  });
});

describe('the clerk’s own sentences on the counts', () => {
  const sentence = (text: string, id: 'requests' | 'review') => {
    const at = statedCountSentence(text, id);
    return at && text.slice(at.index, at.index + at.length);
  };
  it('finds the sentence that states the applications, or the reviews and lawsuits, from its clause to its 。', () => {
    const text = loadReport(SAMPLE_PATH).parts.overview;
    expect(sentence(text, 'requests')).toBe(
      '全年共收到政府信息公开申请6件，上年结转1件；已办结6件，其中予以公开3件、部分公开1件、本机关不掌握相关政府信息2件，结转下年度继续办理1件，均在法定期限内答复。',
    );
    expect(sentence(text, 'review')).toBe(
      '全年被申请行政复议1件，复议机关维持原处理决定，未发生政府信息公开行政诉讼。',
    );
    expect(sentence('（二）依申请公开\n本年度未收到政府信息公开申请\n（三）', 'requests')).toBe(
      '本年度未收到政府信息公开申请',
    );
    expect(sentence('全年主动公开信息20条。', 'requests')).toBeUndefined();
    expect(sentence('全年主动公开信息20条。', 'review')).toBeUndefined();
  });
});
