import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportFile } from '@shared/report/load';
import { scanJson } from '../../src/shared/report/json-scan';
import { SAMPLE_PATH } from '../helpers';

const sample = readFileSync(SAMPLE_PATH, 'utf8');

describe('the scan before JSON.parse', () => {
  it('finds keys written twice in one object, with both values, and nothing in strings', () => {
    const scan = scanJson('{"a": {"k": 5, "k": 999, "s": "{\\"k\\": [1, 2]}"}, "b": [{"k": 1}, {"k": 2}]}', 10);
    expect(scan).toEqual({ duplicates: [{ path: 'a', key: 'k', first: '5', last: '999' }] });
    expect(scanJson('{"\\u0061": 1, "a": 2}', 5).duplicates[0]?.key).toBe('a');
  });

  it('stops at the first nesting deeper than allowed, naming where', () => {
    expect(scanJson('{"x": [[[1]]]}', 3).tooDeep).toBe('x.0.0');
    expect(scanJson('{"x": [[1]]}', 3).tooDeep).toBeUndefined();
  });
});

describe('a report file with a key written twice', () => {
  it('opens with a notice when both values are the same', () => {
    const text = sample.replace('"formatId": "gov-2021",', '"formatId": "gov-2021",\n    "formatId": "gov-2021",');
    const r = parseReportFile(text);
    expect(r.ok && r.notices).toContain('报告文件中“report”处的“formatId”写了两次，值相同，已按一处读取。');
  });

  it('is refused when the values differ, instead of keeping the last one silently', () => {
    const text = sample.replace(/"T3\.new\.natural": (\d+),/, '"T3.new.natural": $1,\n      "T3.new.natural": 999,');
    const r = parseReportFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.message).toMatch(
      /“report\.cells”处的“T3\.new\.natural”写了两次，值不同（\d+ 和 999）/,
    );
  });

  it('is refused before parsing when nested millions deep', () => {
    const depth = 2_000_000;
    const r = parseReportFile(`{"format":"nianbao-report","version":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expect(!r.ok && r.errors[0]?.code).toBe('too-deep');
  });
});
