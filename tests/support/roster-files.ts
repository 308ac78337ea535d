import { writeRosterXlsx, type RosterRow } from '../../cloudfunctions/modules/members/roster-file';
import { idCardCheckCharacter } from '../../cloudfunctions/modules/members/id-card';

/** Roster fixtures: valid fictitious ID numbers, and CSV / XLSX encodings of rows. */
export function idFor(birth: string, seq: number): string {
  const first17 = `330106${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCardCheckCharacter(first17);
}

export const HEADER =
  '姓名,性别,民族,出生日期,学历,身份证号,手机号,所在支部,党内职务,发展阶段,阶段日期,入党日期,党籍状态';

export function csvOf(rows: string[]): string {
  return Buffer.from(`\uFEFF${[HEADER, ...rows].join('\n')}\n`, 'utf8').toString('base64');
}

export async function xlsxOf(rows: RosterRow[]): Promise<string> {
  return (await writeRosterXlsx(rows)).toString('base64');
}

export function validRow(name: string, birth: string, seq: number, phone: string, branch = '东湖社区党支部'): string {
  return `${name},男,汉族,${birth},本科,${idFor(birth, seq)},${phone},${branch},,正式党员,2015-07-01,2014-07-01,正常`;
}
