/**
 * The 2021 format's own notes on content, deadlines and duty (国办公开办函〔2021〕30号, 一、二、三), quoted
 * verbatim from the reference text for 帮助 → 填写说明; each part's note is its PartDef's guidance.
 */
export interface FormatNote {
  heading: string;
  text: string;
}

export const FORMAT_NOTES_2021: readonly FormatNote[] = [
  {
    heading: '报告内容',
    text: '年度报告内容，要严格按照《中华人民共和国政府信息公开条例》第五十条的规定确定，不能遗漏，也不宜泛化。',
  },
  {
    heading: '报告方式及时间',
    text: [
      '根据《中华人民共和国政府信息公开条例》第四十九条的规定，县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本机关年度报告并向社会公布。',
      '乡镇人民政府，参照对县级以上人民政府部门的要求，向所属的县级人民政府的政府信息公开工作主管部门报告。',
      '县级政府的政府信息公开工作主管部门汇总所属部门和乡镇政府的年度报告，于2月20日前向上一级政府信息公开工作主管部门提交并向社会公布。',
    ].join('\n'),
  },
  { heading: '工作要求', text: '' },
];
