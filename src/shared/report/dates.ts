/** 「2022年1月20日」 as 公文 print dates, from the file's `2022-01-20`; anything else is shown as typed. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
