/** 使用步骤: what a clerk opening the editor for the first time does, in order, with the buttons' own names. */
const STEPS: readonly [string, string][] = [
  [
    '新建或导入',
    '在首页点“新建”，填写单位全称、类型和年度（按年度自动选用官方格式）。去年的报告是用本编辑器做的，点“从上一年报告新建”，带入单位信息、上年结转和上年正文；去年的报告是 Word、PDF 或网页，点“打开文件…”或用“粘贴导入”。',
  ],
  [
    '填写表格和正文',
    '三张表格与官方格式一样：点单元格直接输入数字，Enter 下移，用法与 WPS 表格相同；“总计”会自动合计，没有的填0。各部分正文按“填写说明”中的官方要求写，第一部分可点“插入数据说明”按表格写出数字。',
  ],
  [
    '看检查结果',
    '右侧“检查结果”随时列出错误、警告和提示，点一条就跳到要改的单元格或段落；工具栏下方的提示条说明所选单元格的问题和改法。错误须改正后再公布。',
  ],
  [
    '保存、导出和打印',
    '按 Ctrl+S 保存为本机的报告文件，以后可再打开修改。“预览”按打印效果查看每一页；“导出PDF”供上传门户网站，“导出Word”供汇总编辑，“打印”直接打印。',
  ],
];

export function HelpSteps() {
  return (
    <ol className="help-steps">
      {STEPS.map(([title, text]) => (
        <li key={title}>
          <b>{title}</b>
          <p>{text}</p>
        </li>
      ))}
    </ol>
  );
}
