import type { AssignmentDoc, SuggestionDoc, TaskDoc } from '../../cloudfunctions/modules/engage/engage.types';
import { authorMarks } from '../../cloudfunctions/modules/engage/suggestion-author';
import type { MemberDoc, UnitDoc } from '../../cloudfunctions/modules/members/members.types';
import { chinaDay } from '../../cloudfunctions/modules/shared/china-time';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import type { DocStore } from '../../cloudfunctions/store/types';

const DAY = 86_400_000;
const EAST_BRANCH = 'u-b-east';

/**
 * Suggestions to the 东湖 branch in each status (one of theirs anonymous and answered), and a task
 * the branch secretary assigned to the branch with feedback waiting, accepted and still to do.
 */
export async function seedDemoEngage(store: DocStore, pii: PersonalDataCipher, now: number): Promise<boolean> {
  const suggestions = store.collection<SuggestionDoc>('suggestions');
  if ((await suggestions.count({})) > 0) return false;
  const members = store.collection<MemberDoc>('members');
  // The 东湖 branch, whose secretary and first plain member (in roster order) the gallery shows.
  const branch = await members.find({ unitId: EAST_BRANCH }, { sort: [['nameKey', 1]], limit: 100 });
  const demoMember = branch.find((m) => m.role === 'member');
  if (!demoMember) return false;
  const unit = await store.collection<UnitDoc>('units').get(EAST_BRANCH);
  const unitName = unit?.name ?? '';
  const suggestion = (
    id: string,
    author: MemberDoc,
    fields: Pick<SuggestionDoc, 'category' | 'text' | 'anonymous' | 'status' | 'reply'>,
    daysAgo: number,
  ): SuggestionDoc => ({
    _id: id,
    unitId: demoMember.unitId,
    unitPath: [...demoMember.unitPath],
    unitName,
    ...fields,
    ...authorMarks(pii, author._id),
    ...(fields.anonymous ? {} : { authorId: author._id, authorName: author.name }),
    month: chinaDay(now - daysAgo * DAY).slice(0, 7),
    repliedAt: fields.reply ? now - DAY : null,
    createdAt: now - daysAgo * DAY,
  });
  const other = branch.find((m) => m._id !== demoMember._id) ?? demoMember;
  for (const doc of [
    suggestion(
      'sg-demo-1',
      demoMember,
      {
        category: 'org_life',
        text: '建议主题党日多安排到社区开展志愿服务，让党员更好地联系群众。',
        anonymous: true,
        status: 'answered',
        reply: '已采纳，下月主题党日安排到社区开展志愿服务。',
      },
      5,
    ),
    suggestion(
      'sg-demo-2',
      other,
      {
        category: 'study',
        text: '希望学习强国之外，支部能组织一次面对面的专题学习交流。',
        anonymous: false,
        status: 'in_progress',
        reply: null,
      },
      3,
    ),
    suggestion(
      'sg-demo-3',
      other,
      {
        category: 'enterprise',
        text: '建议组织党员技术骨干结对帮带新员工。',
        anonymous: true,
        status: 'received',
        reply: null,
      },
      1,
    ),
  ])
    await suggestions.insert(doc);

  const task: TaskDoc = {
    _id: 'task-demo-1',
    unitId: demoMember.unitId,
    unitPath: [...demoMember.unitPath],
    unitName,
    title: '提交学习心得',
    description: '结合本月专题学习，写一篇不少于 300 字的学习心得。',
    deadline: now + 5 * DAY,
    assigned: branch.length,
    createdBy: branch.find((m) => m.role === 'branch_admin')?._id ?? 'm-002',
    createdAt: now - 2 * DAY,
  };
  await store.collection<TaskDoc>('tasks').insert(task);
  const assignments = store.collection<AssignmentDoc>('task_assignments');
  for (const [i, m] of branch.entries()) {
    const state = m._id === demoMember._id ? 'todo' : i % 3 === 0 ? 'accepted' : i % 3 === 1 ? 'submitted' : 'todo';
    await assignments.insert({
      _id: `${task._id}_${m._id}`,
      taskId: task._id,
      memberId: m._id,
      memberName: m.name,
      unitId: m.unitId,
      unitName,
      deadline: task.deadline,
      state,
      feedback: state === 'todo' ? null : '已认真学习本月专题，心得已写好，主要体会是要把学习成果落实到本职工作中。',
      photoFileId: null,
      returnReason: null,
      submittedAt: state === 'todo' ? null : now - DAY,
    });
  }
  return true;
}
