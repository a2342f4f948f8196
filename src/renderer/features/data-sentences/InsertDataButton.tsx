import type { DataSentenceId } from '@shared/report';
import { insertData } from './insert-data';

const WHAT: Readonly<Record<DataSentenceId, string>> = {
  requests: '第三部分的收到和办结申请数',
  review: '第四部分的行政复议、行政诉讼数',
};

/** 插入数据说明 in part 一 (both sentences) and under table four (its sentence, written into part 一). */
export function InsertDataButton({ ids, label }: { ids: readonly DataSentenceId[]; label: string }) {
  return (
    <button
      className="chip data-sentences"
      onClick={() => void insertData(ids)}
      title={`按${ids.map((id) => WHAT[id]).join('和')}在第一部分写入标准说明；再点一次按表格更新数字`}
    >
      {label}
    </button>
  );
}
