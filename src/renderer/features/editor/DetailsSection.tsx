import { FORMATS } from '@shared/format';
import { suggestTitle } from '@shared/report';
import { useStore } from '../../store/store';
import { UnitKindSelect } from '../common/UnitKindSelect';

/** Unit, year, title, preamble and closing block. */
export function DetailsSection() {
  const report = useStore((s) => s.report);
  const setFields = useStore((s) => s.setFields);
  if (!report) return null;
  const suggested = suggestTitle(report.unit.name, report.year);
  return (
    <section id="details" className="details" tabIndex={-1} aria-label="报告信息">
      <div className="field-row">
        <label>
          单位全称
          <input
            id="field-unit-name"
            value={report.unit.name}
            onChange={(e) => setFields({ unit: { ...report.unit, name: e.target.value } }, 'unit.name')}
          />
        </label>
        <label>
          单位类型
          <UnitKindSelect
            value={report.unit.kind}
            onChange={(kind) => setFields({ unit: { ...report.unit, kind } }, 'unit.kind')}
          />
        </label>
        <label>
          所在地区
          <input
            value={report.unit.region}
            onChange={(e) => setFields({ unit: { ...report.unit, region: e.target.value } }, 'unit.region')}
          />
        </label>
        <span className="field-static">
          {report.year}年度 · {FORMATS[report.formatId].name}（{FORMATS[report.formatId].document}）
        </span>
      </div>
      <label className="title-field">
        标题
        <input
          id="field-title"
          className="doc-title-input"
          value={report.title}
          onChange={(e) => setFields({ title: e.target.value }, 'title')}
        />
      </label>
      {report.title !== suggested ? (
        <button className="link" onClick={() => setFields({ title: suggested }, 'title')}>
          使用建议标题：{suggested}
        </button>
      ) : null}
      <label className="block-field">
        引言（可选：依据、统计期限、公布渠道、联系方式）
        <textarea
          id="part-text-preamble"
          rows={3}
          value={report.preamble}
          onChange={(e) => setFields({ preamble: e.target.value }, 'preamble')}
        />
      </label>
    </section>
  );
}

export function ClosingSection() {
  const closing = useStore((s) => s.report?.closing);
  const setFields = useStore((s) => s.setFields);
  if (!closing) return null;
  return (
    <section id="closing" className="closing-fields" aria-label="落款">
      <label>
        落款单位
        <input
          id="field-closing-unit"
          value={closing.unit}
          onChange={(e) => setFields({ closing: { ...closing, unit: e.target.value } }, 'closing.unit')}
        />
      </label>
      <label>
        落款日期
        <input
          id="field-closing-date"
          type="date"
          value={closing.date}
          onChange={(e) => setFields({ closing: { ...closing, date: e.target.value } }, 'closing.date')}
        />
      </label>
    </section>
  );
}
