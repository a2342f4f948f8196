/** Font files shipped in resources/fonts (see scripts/prepare-fonts.py) and the 公文 roles they play. */
export const PRINT_FONTS = {
  NianbaoSong: 'NianbaoSongBold.ttf', // 小标宋-like title, page numbers
  NianbaoFang: 'NianbaoFang.ttf', // 仿宋 body and tables
  NianbaoHei: 'NianbaoHei.ttf', // 黑体 「一、」 headings
  NianbaoKai: 'NianbaoKai.ttf', // 楷体 「（一）」 sub-headings
} as const;

export type Paper = 'A4' | 'A3';

/** Column widths (% of the 版心) for print, PDF and Word: label columns wide enough for the official wording. */
export const COLUMN_WIDTHS: Readonly<Record<'T2' | 'T3' | 'T4', readonly number[]>> = {
  T2: [34, 22, 22, 22],
  T3: [8, 9, 27, 8, 8, 8, 8, 8, 8, 8],
  T4: Array<number>(15).fill(100 / 15),
};

/**
 * GB/T 9704-2012 as these reports use it (spec §8): A4, margins 37/35/28/26 mm (版心 156 × 225 mm),
 * 22 lines of 28 characters: 3号 (16 pt) 仿宋 body at a 28.95 pt pitch, 2号 (22 pt) title, page numbers
 * 「— N —」 in 4号 (14 pt) 7 mm below the 版心, odd pages right and even pages left, one character in.
 * A3 for the notice board is the same page enlarged by √2.
 */
export function printCss(fontBase: string, paper: Paper): string {
  const faces = Object.entries(PRINT_FONTS)
    .map(
      ([family, file]) =>
        `@font-face { font-family: '${family}'; src: url('${fontBase}/${file}') format('truetype'); }`,
    )
    .join('\n');
  const k = paper === 'A3' ? Math.SQRT2 : 1;
  const mm = (v: number) => `${(v * k).toFixed(2)}mm`;
  const pt = (v: number) => `${(v * k).toFixed(2)}pt`;
  const pageNumber = `content: '— ' counter(page) ' —'; font-family: 'NianbaoSong'; font-size: ${pt(14)}; vertical-align: top; padding-top: ${mm(7)};`;
  return `${faces}
@page { size: ${paper}; margin: ${mm(37)} ${mm(26)} ${mm(35)} ${mm(28)}; }
@page :right { @bottom-right { ${pageNumber} padding-right: ${pt(14)}; } }
@page :left { @bottom-left { ${pageNumber} padding-left: ${pt(14)}; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; font-family: 'NianbaoFang', serif; font-size: ${pt(16)}; line-height: ${pt(28.95)}; }
h1 { font-family: 'NianbaoSong', serif; font-weight: normal; font-size: ${pt(22)}; line-height: ${pt(35)}; text-align: center; text-wrap: balance; margin: 0 0 ${pt(28.95)}; }
p { margin: 0; text-indent: 2em; text-align: justify; }
h2 { font-family: 'NianbaoHei', sans-serif; font-weight: normal; font-size: ${pt(16)}; margin: 0; text-indent: 2em; break-after: avoid; }
p.kai { font-family: 'NianbaoKai', serif; }
table { width: calc(100% - 1.5pt); table-layout: fixed; border-collapse: collapse; margin: ${pt(6)} 0 ${pt(12)}; font-size: ${pt(10.5)}; line-height: 1.35; text-indent: 0; }
table.T4 { font-size: ${pt(9)}; }
th, td { border: ${pt(0.75)} solid #000; padding: ${pt(2)} ${pt(3)}; font-weight: normal; text-align: center; vertical-align: middle; }
p.table-note { text-indent: 0; font-size: ${pt(10.5)}; line-height: 1.5; margin: -${pt(6)} 0 ${pt(12)}; }
th.row { text-align: left; }
th.section { font-family: 'NianbaoHei', sans-serif; }
thead { display: table-header-group; }
/* A T2 section (第二十条第（X）项 with its rows) is one tbody: never a row left alone at the top of a page. */
table.T2 tbody { break-inside: avoid; }
.closing { margin-top: ${pt(28.95)}; text-align: right; padding-right: 4em; }
.closing p { text-indent: 0; text-align: right; }
/* On screen only (never printed): one character in each face, so every font has loaded with the page and a
   page kept open for the next report prints any text in any face at once. */
@media screen {
  html::before, html::after, body::before, body::after { content: '年'; position: absolute; top: 0; visibility: hidden; }
  html::before { font-family: 'NianbaoSong'; } html::after { font-family: 'NianbaoFang'; }
  body::before { font-family: 'NianbaoHei'; } body::after { font-family: 'NianbaoKai'; }
}
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-family: 'NianbaoHei', sans-serif; font-size: ${pt(96)}; color: rgba(200, 0, 0, 0.12); transform: rotate(-30deg); z-index: -1; }
`;
}
