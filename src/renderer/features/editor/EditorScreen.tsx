import { useEffect } from 'react';
import { FORMATS } from '@shared/format';
import { backToStart } from '../../app/commands';
import { useStore } from '../../store/store';
import { InsertDataButton } from '../data-sentences/InsertDataButton';
import { RegisterSection } from '../register/RegisterSection';
import { FindBar } from '../find/FindBar';
import { ImportNotice } from '../import-review/ImportNotice';
import { SourcePane } from '../import-review/SourcePane';
import { TableEditor } from '../table/TableEditor';
import { ProcurementUnitField } from './ProcurementUnitField';
import { ClosingSection, DetailsSection } from './DetailsSection';
import { MessageStrip } from './MessageStrip';
import { Outline } from './Outline';
import { PartSection } from './PartSection';
import { ProblemsPanel } from './ProblemsPanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

/** The built-in sample is marked as such, with the way to one's own report right there. */
function SampleBanner() {
  const sample = useStore((s) => Boolean(s.doc?.sample));
  if (!sample) return null;
  return (
    <div className="sample-banner" role="note">
      <b>示例报告</b>
      <span>这是内置的示例，供了解各部分怎么填写；您的修改只会另存为新文件，不会改动示例。</span>
      <button className="primary" onClick={() => void backToStart()}>
        新建我的报告
      </button>
    </div>
  );
}

export function EditorScreen() {
  const formatId = useStore((s) => s.report?.formatId);
  const zoom = useStore((s) => s.zoom);
  const hidden = useStore((s) => s.hidden);
  const sourceOpen = useStore((s) => s.sourceOpen && s.source !== null);
  useEffect(() => {
    performance.mark('nianbao:editor-shown');
  }, []);
  if (!formatId) return null;
  const format = FORMATS[formatId];
  return (
    <div className="editor" data-ready="true">
      <Toolbar />
      <MessageStrip />
      <div
        className="editor-body"
        data-outline={hidden.outline ? 'hidden' : 'shown'}
        data-problems={hidden.problems ? 'hidden' : 'shown'}
      >
        {hidden.outline ? null : <Outline />}
        <div className="document-area">
          {/* The find bar has its own space above the scrolling page: over it, it hid the page's top. */}
          <main className="document-column">
            <FindBar />
            <div className="document-scroll">
              <SampleBanner />
              <ImportNotice />
              <article className="document" style={{ zoom }} aria-label="报告正文">
                <DetailsSection />
                {format.parts.map((part) => (
                  <section key={part.id} id={`part-${part.id}`} className="part">
                    <h2>{part.heading}</h2>
                    {part.table ? (
                      <>
                        <p className="guidance">{part.guidance}</p>
                        <TableEditor formatId={formatId} table={format.tables[part.table]} caption={part.heading} />
                        {part.table === 'T2' && formatId === 'gov-2019' ? <ProcurementUnitField /> : null}
                        {part.table === 'T3' ? <RegisterSection /> : null}
                        {part.table === 'T4' ? (
                          <div className="helpers">
                            <InsertDataButton ids={['review']} label="插入数据说明（写入第一部分“总体情况”）" />
                          </div>
                        ) : null}
                      </>
                    ) : (
                      <PartSection part={part} />
                    )}
                  </section>
                ))}
                <ClosingSection />
              </article>
            </div>
          </main>
          {sourceOpen ? <SourcePane /> : null}
        </div>
        {hidden.problems ? null : <ProblemsPanel />}
      </div>
      <StatusBar />
    </div>
  );
}
