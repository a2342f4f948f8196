import type { Application, Register } from '@shared/register';

/**
 * A register of 2021 whose table three was counted by hand (see count.test.ts): every way an
 * application can fall — answered, open at year end, answered next January, carried in with and
 * without the flag, received after the year, answered without an outcome, an outcome of the 2019 format.
 */
export const HAND_REGISTER_2021: Application[] = [
  {
    id: 'a1',
    number: '2021-001',
    received: '2021-03-01',
    channel: '当面',
    applicant: 'natural',
    subject: '征地补偿标准',
    name: '张三',
    contact: '13800000001',
    outcome: 'open',
    answered: '2021-03-20',
  },
  {
    id: 'a2',
    number: '2021-002',
    received: '2021-04-02',
    channel: '网络',
    applicant: 'commercial',
    subject: '招标文件',
    outcome: 'partial',
    answered: '2021-04-28',
  },
  {
    id: 'a3',
    number: '2021-003',
    received: '2021-12-20',
    channel: '邮寄',
    applicant: 'natural',
    subject: '低保名单',
    name: '李四',
  },
  {
    id: 'a4',
    number: '2020-019',
    received: '2020-12-15',
    channel: '网络',
    applicant: 'legal',
    subject: '拆迁协议',
    outcome: 'none.not_held',
    answered: '2021-01-10',
    carriedIn: true,
  },
  {
    id: 'a5',
    number: '2021-004',
    received: '2021-06-01',
    channel: '传真',
    applicant: 'natural',
    subject: '道路规划',
    outcome: 'other',
    answered: '2021-06-20',
  },
  {
    id: 'a6',
    number: '2021-005',
    received: '2021-11-30',
    channel: '网络',
    applicant: 'welfare',
    subject: '环境监测',
    outcome: 'open',
    answered: '2022-01-05',
  },
  {
    id: 'a7',
    number: '2022-001',
    received: '2022-01-03',
    channel: '网络',
    applicant: 'natural',
    subject: '明年的申请',
  },
  {
    id: 'a8',
    number: '2021-006',
    received: '2021-05-05',
    channel: '当面',
    applicant: 'research',
    subject: '统计数据',
    answered: '2021-05-10',
  },
  {
    id: 'a9',
    number: '2020-020',
    received: '2020-11-01',
    channel: '其他',
    applicant: 'other_org',
    subject: '会议纪要',
    outcome: 'deny.secret',
    answered: '2021-02-01',
  },
];

/** The same register one year earlier, for the 2019 format (a5 then falls under the single （六）其他处理 row). */
export const HAND_REGISTER_2020: Application[] = JSON.parse(
  JSON.stringify(HAND_REGISTER_2021)
    .replaceAll('2020-', '2019-')
    .replaceAll('2021-', '2020-')
    .replaceAll('2022-', '2021-')
    .replace('"outcome":"other"', '"outcome":"other.no_fee"'),
) as Application[];

export function register(applications: Application[], countsTable = true): Register {
  return { applications: structuredClone(applications), countsTable };
}
