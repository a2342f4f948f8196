import { useMemo, useState } from 'react';
import { T3_APPLICANTS } from '@shared/format';
import type { FormatId } from '@shared/format';
import { CHANNELS, mergeApplications, outcomeChoices } from '@shared/register';
import type { Register } from '@shared/register';
import {
  confirmedChoices,
  findHeaderRow,
  guessMapping,
  NO_WORDS,
  REGISTER_FIELDS,
  rowsToApplications,
  wordsToConfirm,
} from '@shared/register/table-import';
import type { ColumnMapping, RegisterField, WordChoices } from '@shared/register/table-import';
import { useStore } from '../../store/store';

/** Rows of the sheet shown before importing, and rejected rows listed on screen (all are counted). */
const PREVIEW_ROWS = 5;
const REJECTS_SHOWN = 100;
const REQUIRED: readonly RegisterField[] = ['received', 'applicant'];

/** The clerk's earlier answers: which header meant which field, and what the office's words mean. */
interface Remembered {
  headers: Record<string, RegisterField>;
  words: WordChoices;
}
const MEMORY_KEY = 'nianbao.register-import';

function remembered(): Remembered {
  try {
    const r = JSON.parse(localStorage.getItem(MEMORY_KEY) ?? 'null') as Partial<Remembered> | null;
    return { headers: r?.headers ?? {}, words: { ...NO_WORDS, ...r?.words } };
  } catch {
    return { headers: {}, words: NO_WORDS };
  }
}

function remember(header: readonly string[], mapping: ColumnMapping, words: WordChoices): void {
  const old = remembered();
  const headers = { ...old.headers };
  for (const [field, col] of Object.entries(mapping)) {
    const h = header[col]?.trim();
    if (h) headers[h] = field as RegisterField;
  }
  const merged = {
    applicant: { ...old.words.applicant, ...words.applicant },
    outcome: { ...old.words.outcome, ...words.outcome },
    channel: { ...old.words.channel, ...words.channel },
  };
  localStorage.setItem(MEMORY_KEY, JSON.stringify({ headers, words: merged }));
}

/** Known header names first, then the headers the clerk mapped before. */
function firstMapping(header: readonly string[], memory: Remembered): ColumnMapping {
  const mapping = guessMapping(header);
  header.forEach((h, i) => {
    const field = memory.headers[h.trim()];
    if (field && mapping[field] === undefined && !Object.values(mapping).includes(i)) mapping[field] = i;
  });
  return mapping;
}

const APPLICANT_CHOICES = T3_APPLICANTS.map((a) => ({ key: a.id, label: a.id === 'other_org' ? '其他组织' : a.label }));
const CHANNEL_CHOICES = CHANNELS.map((c) => ({ key: c, label: c }));

function WordTable(props: {
  title: string;
  words: { word: string; meaning: string | undefined }[];
  choices: { key: string; label: string }[];
  onChange: (word: string, meaning: string | undefined) => void;
}) {
  if (props.words.length === 0) return null;
  return (
    <table className="import-words" aria-label={`${props.title}的对应`}>
      <caption>{props.title}</caption>
      <tbody>
        {props.words.map((w) => (
          <tr key={w.word} className={w.meaning ? undefined : 'unknown'}>
            <td>“{w.word}”</td>
            <td>
              <select
                aria-label={`${props.title}“${w.word}”对应`}
                value={w.meaning ?? ''}
                onChange={(e) => props.onChange(w.word, e.target.value || undefined)}
              >
                <option value="">（请选择）</option>
                {props.choices.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The column-mapping step of importing a register from Excel/WPS or CSV: columns guessed from the
 * header (and from the clerk's earlier choices), changed here; the office's words shown with their
 * meaning; a preview of the first rows; rows that cannot be read listed with the reason before anything
 * is taken. Nothing is added to the register until 「导入」.
 */
export function RegisterImport(props: {
  sheet: { name: string; rows: string[][] };
  register: Register;
  formatId: FormatId;
  onDone: (message: string | null) => void;
}) {
  const { sheet, register, formatId } = props;
  const headerAt = useMemo(() => findHeaderRow(sheet.rows), [sheet]);
  const header = sheet.rows[headerAt] ?? [];
  const memory = useMemo(remembered, []);
  const [mapping, setMapping] = useState<ColumnMapping>(() => firstMapping(header, memory));
  const [choices, setChoices] = useState<WordChoices>(memory.words);
  const table = useMemo(() => sheet.rows.slice(headerAt), [sheet, headerAt]);
  const words = useMemo(
    () => wordsToConfirm(table.slice(1), mapping, formatId, choices),
    [table, mapping, formatId, choices],
  );
  const confirmed = useMemo(() => confirmedChoices(words), [words]);
  const read = useMemo(
    () => rowsToApplications(table, mapping, confirmed, formatId, { firstRow: headerAt + 1 }),
    [table, mapping, confirmed, formatId, headerAt],
  );
  const missing = REQUIRED.filter((f) => mapping[f] === undefined);
  const mapped = REGISTER_FIELDS.filter((f) => mapping[f.key] !== undefined);
  const setColumn = (field: RegisterField, col: number | undefined) => {
    const next: ColumnMapping = {};
    // A column means one field: choosing it for another field takes it from the first.
    for (const [f, c] of Object.entries(mapping)) if (c !== col) next[f as RegisterField] = c;
    if (col !== undefined) next[field] = col;
    setMapping(next);
  };
  const setWord = (kind: keyof WordChoices) => (word: string, meaning: string | undefined) => {
    const list = { ...choices[kind] } as Record<string, string>;
    if (meaning) list[word] = meaning;
    else delete list[word];
    setChoices({ ...choices, [kind]: list });
  };
  const take = () => {
    remember(header, mapping, confirmed);
    const merged = mergeApplications(register, read.applications);
    useStore.getState().setRegister(merged.register);
    const rejected = read.rejected.length > 0 ? `；${read.rejected.length} 行未能读入，请改正表格后重新导入` : '';
    props.onDone(
      `已从“${sheet.name}”导入 ${read.applications.length} 件申请（新增 ${merged.added} 件，按登记号更新 ${merged.updated} 件）${rejected}。`,
    );
  };
  return (
    <section className="register-import" role="dialog" aria-label="导入登记台账">
      <h4>
        导入“{sheet.name}”：共 {Math.max(table.length - 1, 0)} 行{headerAt > 0 ? `（表头在第 ${headerAt + 1} 行）` : ''}
      </h4>
      <p>请核对每一项对应的列。已按表头猜测，可以改动；不需要的项选“（不导入）”。</p>
      <div className="import-mapping">
        {REGISTER_FIELDS.map((f) => (
          <label key={f.key} className={REQUIRED.includes(f.key) && mapping[f.key] === undefined ? 'missing' : ''}>
            {f.label}
            {REQUIRED.includes(f.key) ? '（必填）' : ''}
            <select
              aria-label={`“${f.label}”对应的列`}
              value={mapping[f.key] ?? ''}
              onChange={(e) => setColumn(f.key, e.target.value === '' ? undefined : Number(e.target.value))}
            >
              <option value="">（不导入）</option>
              {header.map((h, i) => (
                <option key={i} value={i}>
                  第 {i + 1} 列{h.trim() ? `：${h.trim()}` : ''}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {mapped.length > 0 ? (
        <div className="import-preview">
          <table aria-label="导入预览">
            <caption>前 {Math.min(PREVIEW_ROWS, table.length - 1)} 行预览</caption>
            <thead>
              <tr>
                <th>行</th>
                {mapped.map((f) => (
                  <th key={f.key}>{f.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.slice(1, PREVIEW_ROWS + 1).map((row, i) => (
                <tr key={i}>
                  <td>{headerAt + 2 + i}</td>
                  {mapped.map((f) => (
                    <td key={f.key}>{row[mapping[f.key] ?? -1] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="import-word-tables">
        <WordTable
          title="申请人类型"
          words={words.applicant}
          choices={APPLICANT_CHOICES}
          onChange={setWord('applicant')}
        />
        <WordTable
          title="办理结果"
          words={words.outcome}
          choices={outcomeChoices(formatId)}
          onChange={setWord('outcome')}
        />
        <WordTable title="渠道" words={words.channel} choices={CHANNEL_CHOICES} onChange={setWord('channel')} />
      </div>
      {missing.length > 0 ? (
        <p className="import-missing" role="alert">
          请选择“{missing.map((f) => REGISTER_FIELDS.find((x) => x.key === f)?.label).join('”“')}”对应的列。
        </p>
      ) : (
        <>
          <p className="import-summary" role="status">
            可以读入 {read.applications.length} 件申请
            {read.rejected.length > 0 ? `，${read.rejected.length} 行无法读入（不会导入，原因如下）` : ''}。
          </p>
          {read.rejected.length > 0 ? (
            <ul className="import-rejected" aria-label="无法读入的行">
              {read.rejected.slice(0, REJECTS_SHOWN).map((r) => (
                <li key={r.row}>
                  第 {r.row} 行：{r.reason}
                </li>
              ))}
              {read.rejected.length > REJECTS_SHOWN ? <li>……共 {read.rejected.length} 行</li> : null}
            </ul>
          ) : null}
        </>
      )}
      <div className="import-actions">
        <button className="primary" disabled={missing.length > 0 || read.applications.length === 0} onClick={take}>
          导入 {read.applications.length} 件
        </button>
        <button onClick={() => props.onDone(null)}>取消</button>
      </div>
    </section>
  );
}
