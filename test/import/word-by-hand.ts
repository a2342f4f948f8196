import { strToU8, zipSync } from 'fflate';

/**
 * Word files built the way clerks' files look inside: runs broken mid-word, proofing marks and
 * bookmarks between them, merged header cells (gridSpan), vertical merges in the label columns
 * (vMerge), cell text in several paragraphs. Only the parts Word needs to open the file.
 */

export interface Cell {
  text: string;
  span?: number;
  merge?: 'restart' | 'continue';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph whose text is broken into runs every few characters, as Word's editing history leaves it. */
export function paragraph(text: string, style = ''): string {
  const runs: string[] = [];
  for (let i = 0; i < text.length; i += 5) {
    runs.push(
      `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(text.slice(i, i + 5))}</w:t></w:r>`,
    );
    if (i === 5)
      runs.push(
        '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>',
      );
  }
  return `<w:p w:rsidR="00A1B2C3">${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs.join('')}</w:p>`;
}

function cell(c: Cell | string): string {
  const { text, span, merge } = typeof c === 'string' ? { text: c } : c;
  const props = `${span ? `<w:gridSpan w:val="${span}"/>` : ''}${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}`;
  // Text with 「\n」 is typed as several paragraphs in the cell.
  const body =
    merge === 'continue'
      ? '<w:p/>'
      : text
          .split('\n')
          .map((t) => paragraph(t))
          .join('');
  return `<w:tc><w:tcPr><w:tcW w:w="900" w:type="dxa"/>${props}</w:tcPr>${body}</w:tc>`;
}

export function table(rows: readonly (readonly (Cell | string)[])[]): string {
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid/>${rows
    .map((r) => `<w:tr w:rsidR="00A1B2C3"><w:trPr><w:jc w:val="center"/></w:trPr>${r.map(cell).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

export function docx(body: readonly string[]): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    ),
  });
}
