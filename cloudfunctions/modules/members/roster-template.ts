import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { importTemplate } from '../shared/import-template';
import { findAll, membersRepository } from './members.repository';
import { ROSTER_COLUMNS, type RosterColumn } from './roster-file';

/**
 * The roster template: the columns and one example row naming a branch of the admin's own subtree. The
 * example's ID number is deliberately invalid (its check digit is wrong), so a row left in is refused by
 * the dry run instead of adding a made-up member.
 */
export async function rosterTemplate(ctx: CallContext, unitId: string) {
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  const units = await findAll((skip) => repo.unitsInSubtree(unitId, skip));
  const branch = units.find((u) => u.kind === 'branch' && !u.archived) ?? unit;
  const example: Record<RosterColumn, string> = {
    姓名: '张三（示例，导入前请删除本行）',
    性别: '男',
    民族: '汉族',
    出生日期: '1985-06-01',
    学历: '本科',
    身份证号: '110101198506010000',
    手机号: '13800000000',
    所在支部: branch.name,
    党内职务: '',
    发展阶段: '正式党员',
    阶段日期: '2010-07-01',
    入党日期: '2009-07-01',
    党籍状态: '正常',
  };
  return importTemplate(
    '花名册',
    ROSTER_COLUMNS,
    ROSTER_COLUMNS.map((column) => example[column]),
  );
}
