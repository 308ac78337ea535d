import {
  EDUCATION_LEVELS,
  GENDER_LABELS,
  MEMBER_STATUS_LABELS,
  STAGE_LABELS,
  type Gender,
  type MemberStatus,
  type Stage,
} from '../../../types/labels';
import type { RosterImportReport } from '../../../types/schemas/roster';
import { appendAudit, newId } from '../audit/audit';
import { MAINLAND_PHONE, normaliseIdCard, normalisePhone } from '../../../types/identifiers';
import { ROLE_RANK } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { chinaDayStart } from '../shared/china-time';
import { checkIdCard, isCalendarDate } from './id-card';
import { protectPersonalData, revealField } from './member-records';
import { insertMember, writeMember } from './member-writes';
import {
  assertConflictsAllowed,
  recordConflicts,
  ROW_CONFLICT_MESSAGE,
  type IdentifierConflict,
} from './identifier-conflicts';
import { branchOf, TRANSFER_INSTEAD } from './branch-of';
import { findAll, membersRepository, type MembersRepository } from './members.repository';
import type { MemberDoc, UnitDoc } from './members.types';
import { readRosterFile, RosterFileError, type RosterRow } from './roster-file';
import { namesakeFinder, rowConflict } from './roster-row-conflicts';

/**
 * Roster import (CSV/XLSX) with a dry run that reports every row before anything is written (the export is
 * in `roster-export.ts`). Rows are matched to existing members by ID number (keyed hash) and name, so
 * importing the same file twice changes nothing the second time; rows that would confirm a guessed number
 * are refused neutrally (`roster-row-conflicts.ts`).
 */
type Mode = RosterImportReport['mode'];

interface PlannedRow {
  row: number;
  name: string;
  errors: string[];
  outcome: 'create' | 'update' | 'unchanged' | 'error';
  fields?: RowFields;
  existing?: MemberDoc;
}

interface RowFields {
  name: string;
  gender: Gender;
  ethnicity: string | null;
  birthDate: string;
  education: string | null;
  idCard: string;
  phone: string | null;
  unit: UnitDoc;
  position: string | null;
  stage: Stage;
  stageSince: number;
  joinedAt: number | null;
  status: MemberStatus;
}

const byLabel = <K extends string>(labels: Record<K, string>) =>
  new Map(Object.entries(labels).map(([key, label]) => [label as string, key as K]));
const GENDERS = byLabel(GENDER_LABELS);
const STAGES = byLabel(STAGE_LABELS);
const STATUSES = byLabel(MEMBER_STATUS_LABELS);

/** `2020-3-5`, `2020/03/05` and `2020.03.05` all mean 2020-03-05. */
function parseDay(value: string | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value.trim());
  if (!match) return 'invalid';
  const day = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  return isCalendarDate(day) ? day : 'invalid';
}

const dayToEpoch = chinaDayStart;

function checkRow(row: RosterRow, unitsByName: Map<string, UnitDoc[]>): { errors: string[]; fields?: RowFields } {
  const errors: string[] = [];
  const name = row['姓名'] ?? '';
  if (!name) errors.push('姓名不能为空');
  else if (name.length > 30) errors.push('姓名不能超过 30 个字');
  const gender = GENDERS.get(row['性别'] ?? '');
  if (!gender) errors.push('性别应填写“男”或“女”');
  const idCard = normaliseIdCard(row['身份证号'] ?? '');
  const checked = checkIdCard(idCard);
  if (!idCard) errors.push('身份证号不能为空');
  else if (!checked.ok)
    errors.push(checked.problem === 'checksum' ? '身份证号校验位错误' : '身份证号格式错误（应为 18 位）');
  const birth = parseDay(row['出生日期']);
  if (birth === 'invalid') errors.push('出生日期格式错误（例：1980-05-01）');
  else if (birth && checked.ok && birth !== checked.birthDate) errors.push('出生日期与身份证号不一致');
  const phone = row['手机号'] ? normalisePhone(row['手机号']) : null;
  if (phone && !MAINLAND_PHONE.test(phone)) errors.push('手机号应为 11 位数字');
  const education = row['学历'] || null;
  if (education && !(EDUCATION_LEVELS as readonly string[]).includes(education)) {
    errors.push(`学历应为：${EDUCATION_LEVELS.join('、')}`);
  }
  const unitName = row['所在支部'] ?? '';
  const units = unitsByName.get(unitName) ?? [];
  if (!unitName) errors.push('所在支部不能为空');
  else if (units.length === 0) errors.push(`找不到支部“${unitName}”，请检查名称或先建立该支部`);
  else if (units.length > 1) errors.push(`有多个名为“${unitName}”的单位，请在系统中改名区分后再导入`);
  const stage = STAGES.get(row['发展阶段'] ?? '');
  if (!stage) errors.push(`发展阶段应为：${Object.values(STAGE_LABELS).join('、')}`);
  const stageDay = parseDay(row['阶段日期']);
  if (!stageDay || stageDay === 'invalid') errors.push('阶段日期缺失或格式错误（例：2020-07-01）');
  const joinedDay = parseDay(row['入党日期']);
  if (joinedDay === 'invalid') errors.push('入党日期格式错误（例：2020-07-01）');
  const status = row['党籍状态'] ? STATUSES.get(row['党籍状态']) : 'normal';
  if (!status) errors.push(`党籍状态应为：${Object.values(MEMBER_STATUS_LABELS).join('、')}`);
  if (errors.length > 0 || !checked.ok || !gender || !stage || !status || !stageDay || stageDay === 'invalid')
    return { errors };
  return {
    errors,
    fields: {
      name,
      gender,
      ethnicity: row['民族'] || null,
      birthDate: checked.birthDate,
      education,
      idCard,
      phone,
      unit: units[0] as UnitDoc,
      position: row['党内职务'] || null,
      stage,
      stageSince: dayToEpoch(stageDay),
      joinedAt: joinedDay && joinedDay !== 'invalid' ? dayToEpoch(joinedDay) : null,
      status,
    },
  };
}

function sameAsExisting(ctx: CallContext, fields: RowFields, member: MemberDoc): boolean {
  return (
    member.name === fields.name &&
    member.gender === fields.gender &&
    member.ethnicity === fields.ethnicity &&
    member.birthDate === fields.birthDate &&
    member.education === fields.education &&
    revealField(ctx.pii, member, 'phone') === fields.phone &&
    member.unitId === fields.unit._id &&
    member.position === fields.position &&
    member.stage === fields.stage &&
    member.stageSince === fields.stageSince &&
    member.joinedAt === fields.joinedAt &&
    member.status === fields.status
  );
}

/** The ID number and phone of a row when they are well formed, to spot repeats even in a row with other errors. */
function wellFormedIdentifiers(row: RosterRow): { idCard: string | null; phone: string | null } {
  const idCard = normaliseIdCard(row['身份证号'] ?? '');
  const phone = row['手机号'] ? normalisePhone(row['手机号']) : null;
  return {
    idCard: idCard && checkIdCard(idCard).ok ? idCard : null,
    phone: phone && MAINLAND_PHONE.test(phone) ? phone : null,
  };
}

/** Whether a row would move an existing member to another branch, which only a transfer may do. */
async function movesBranch(repo: MembersRepository, member: MemberDoc, unit: UnitDoc): Promise<boolean> {
  if (member.unitId === unit._id) return false;
  return (await branchOf(repo, member.unitPath)) !== (await branchOf(repo, [...unit.path, unit._id]));
}

async function plan(
  ctx: CallContext,
  unitId: string,
  rows: RosterRow[],
): Promise<{ planned: PlannedRow[]; conflicts: IdentifierConflict[] }> {
  const repo = membersRepository(ctx.store);
  const admin = requireMember(ctx);
  const units = await findAll((skip) => repo.unitsInSubtree(unitId, skip));
  const unitsByName = new Map<string, UnitDoc[]>();
  for (const unit of units.filter((u) => !u.archived))
    unitsByName.set(unit.name, [...(unitsByName.get(unit.name) ?? []), unit]);
  const namesakes = namesakeFinder(ctx, unitId);
  const seenIds = new Map<string, number>();
  const seenPhones = new Map<string, number>();
  const planned: PlannedRow[] = [];
  const conflicts: IdentifierConflict[] = [];
  for (const [index, row] of rows.entries()) {
    const rowNumber = index + 2; // the header is row 1
    const { errors, fields } = checkRow(row, unitsByName);
    const entry: PlannedRow = { row: rowNumber, name: row['姓名'] ?? '', errors, outcome: 'error' };
    planned.push(entry);
    // Repeats within the file are errors of their own, reported beside the row's other errors.
    const { idCard, phone } = wellFormedIdentifiers(row);
    const idHash = idCard ? ctx.pii.hash(idCard) : null;
    const earlierId = idHash ? seenIds.get(idHash) : undefined;
    if (earlierId) errors.push(`身份证号与第 ${earlierId} 行重复`);
    if (idHash && !earlierId) seenIds.set(idHash, rowNumber);
    const earlierPhone = phone ? seenPhones.get(phone) : undefined;
    if (earlierPhone) errors.push(`手机号与第 ${earlierPhone} 行重复`);
    if (phone && !earlierPhone) seenPhones.set(phone, rowNumber);
    if (!fields || !idHash) continue;
    const existing = await repo.memberByHash('idCardHash', idHash);
    const conflict = await rowConflict(ctx, fields, existing, namesakes);
    if (conflict) {
      errors.push(ROW_CONFLICT_MESSAGE);
      conflicts.push({ where: `第 ${rowNumber} 行「${entry.name}」`, ...conflict });
      continue;
    }
    const outcome = !existing ? 'create' : sameAsExisting(ctx, fields, existing) ? 'unchanged' : 'update';
    // Import names members by ID number, not memberId, so the router's role ceiling cannot see it: check here.
    if (outcome === 'update' && existing && ROLE_RANK[existing.role] >= ROLE_RANK[admin.role])
      errors.push('该党员是与您同级或更高级别的管理员，不能通过导入修改其档案，请联系上级管理员');
    if (outcome === 'update' && existing && (await movesBranch(repo, existing, fields.unit)))
      errors.push(`该党员现属其他支部，${TRANSFER_INSTEAD}`);
    if (errors.length > 0) continue;
    entry.fields = fields;
    entry.existing = existing ?? undefined;
    entry.outcome = outcome;
  }
  return { planned, conflicts };
}

async function apply(ctx: CallContext, row: PlannedRow): Promise<void> {
  const fields = row.fields as RowFields;
  const repo = membersRepository(ctx.store);
  const { set } = protectPersonalData(ctx.pii, { idCard: fields.idCard, phone: fields.phone });
  const common = {
    name: fields.name,
    gender: fields.gender,
    ethnicity: fields.ethnicity,
    birthDate: fields.birthDate,
    education: fields.education,
    unitId: fields.unit._id,
    unitPath: [...fields.unit.path, fields.unit._id],
    position: fields.position,
    stage: fields.stage,
    stageSince: fields.stageSince,
    joinedAt: fields.joinedAt,
    status: fields.status,
  };
  const recordedBy = requireMember(ctx)._id;
  if (row.outcome === 'create') {
    await insertMember(ctx, repo, {
      _id: newId('m'),
      ...common,
      idCard: null,
      phone: null,
      ...set,
      role: 'member',
      stageHistory: [{ stage: fields.stage, at: fields.stageSince, recordedBy }],
      trainings: [],
      demo: false,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  } else if (row.outcome === 'update' && row.existing) {
    const stageChanged = row.existing.stage !== fields.stage || row.existing.stageSince !== fields.stageSince;
    await writeMember(
      ctx,
      repo,
      row.existing,
      { ...common, ...set },
      fields.phone ? [] : ['phoneHash'],
      stageChanged ? { stageHistory: { stage: fields.stage, at: fields.stageSince, recordedBy } } : undefined,
    );
  }
}

export async function importRoster(
  ctx: CallContext,
  input: { unitId: string; format: 'csv' | 'xlsx'; file: string; mode: Mode },
): Promise<RosterImportReport> {
  let rows: RosterRow[];
  try {
    rows = await readRosterFile(input.format, Buffer.from(input.file, 'base64'));
  } catch (error) {
    if (error instanceof RosterFileError)
      throw new AppError('VALIDATION_FAILED', error.message, { file: error.message });
    throw error;
  }
  if (rows.length === 0) throw new AppError('VALIDATION_FAILED', '文件里没有数据行。', { file: '文件里没有数据行' });
  if (rows.length > 2000)
    throw new AppError('VALIDATION_FAILED', '一次最多导入 2000 行，请分批导入。', { file: '行数过多' });
  const unit = await membersRepository(ctx.store).unitById(input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  await assertConflictsAllowed(ctx);
  const { planned, conflicts } = await plan(ctx, input.unitId, rows);
  await recordConflicts(ctx, { unitPath: [...unit.path, unit._id], action: `向「${unit.name}」导入花名册` }, conflicts);
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of planned) counts[row.outcome] += 1;
  const write = input.mode === 'valid_only' || (input.mode === 'all_or_nothing' && counts.error === 0);
  if (write) {
    for (const row of planned) if (row.outcome === 'create' || row.outcome === 'update') await apply(ctx, row);
    await appendAudit(ctx, {
      action: 'roster.import',
      summary: `导入花名册：新增 ${counts.create} 人，更新 ${counts.update} 人，未变 ${counts.unchanged} 人，跳过 ${counts.error} 行`,
      targetId: unit._id,
      targetName: unit.name,
      unitPath: [...unit.path, unit._id],
    });
  }
  return {
    mode: input.mode,
    written: write,
    rows: planned.map(({ row, name, errors, outcome }) => ({ row, name, errors, outcome })),
    counts,
  };
}
