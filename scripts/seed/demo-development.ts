import type { StepDoc } from '../../cloudfunctions/modules/development/development.types';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import type { DocStore } from '../../cloudfunctions/store/types';
import { addSpan, chinaDayStart, developmentStep, type DevelopmentStepKey } from '../../types/development-rules';

const DAY = 86_400_000;
const EAST_BRANCH = 'u-b-east';

/**
 * The 东湖 branch's people in the development pipeline with steps at sensible dates, so that today one
 * applicant's talk is overdue, one activist's first half-year review and one probationary member's
 * conversion meeting are due, and another probationary member waits for the end of the probation year.
 */
export async function seedDemoDevelopment(store: DocStore, now: number): Promise<boolean> {
  const steps = store.collection<StepDoc>('development_steps');
  if ((await steps.count({})) > 0) return false;
  const branch = await store
    .collection<MemberDoc>('members')
    .find({ unitId: EAST_BRANCH }, { sort: [['_id', 1]], limit: 100 });
  const secretary = branch.find((m) => m.role === 'branch_admin');
  const contacts = branch.filter((m) => m.role === 'member' && m.stage === 'full').slice(0, 2);
  if (!secretary || contacts.length < 2) return false;
  const ago = (months: number, days = 0) => addSpan(now, { count: -months, unit: 'month' }) - days * DAY;
  const record = async (member: MemberDoc, path: Array<[DevelopmentStepKey, number]>) => {
    for (const [key, at] of path) {
      const step = developmentStep(key);
      await steps.insert({
        _id: `${member._id}_${key}`,
        memberId: member._id,
        unitPath: member.unitPath,
        stepKey: key,
        stage: step.stage,
        date: chinaDayStart(at),
        documents: step.documents.map((name) => ({ name, fileId: null })),
        contacts: contacts
          .slice(0, step.contacts?.min ?? 0)
          .map((contact) => ({ memberId: contact._id, name: contact.name })),
        note: '',
        recordedBy: secretary._id,
        recordedByName: secretary.name,
        recordedAt: at,
        late: false,
      });
    }
  };
  const inStage = (stage: MemberDoc['stage']) => branch.filter((m) => m.role === 'member' && m.stage === stage);
  const [applicant] = inStage('applicant');
  const [activist] = inStage('activist');
  const [converting, probationary] = inStage('probationary');
  if (applicant) await record(applicant, [['application', now - 40 * DAY]]);
  if (activist)
    await record(activist, [
      ['application', ago(9)],
      ['applicationTalk', ago(9) + 12 * DAY],
      ['activistRecommendation', ago(8)],
      ['activistDetermination', ago(6, 5)],
      ['contactAssignment', ago(6)],
    ]);
  const admitted = (meeting: number): Array<[DevelopmentStepKey, number]> => [
    ['application', meeting - 800 * DAY],
    ['applicationTalk', meeting - 790 * DAY],
    ['activistRecommendation', meeting - 760 * DAY],
    ['activistDetermination', meeting - 740 * DAY],
    ['contactAssignment', meeting - 735 * DAY],
    ['activistReview1', meeting - 550 * DAY],
    ['activistReview2', meeting - 370 * DAY],
    ['candidateDetermination', meeting - 300 * DAY],
    ['introducers', meeting - 295 * DAY],
    ['politicalReview', meeting - 200 * DAY],
    ['candidateTraining', meeting - 120 * DAY],
    ['committeePreReview', meeting - 40 * DAY],
    ['admissionPublicity', meeting - 30 * DAY],
    ['applicationForm', meeting - 20 * DAY],
    ['admissionMeeting', meeting],
    ['committeeTalk', meeting + 10 * DAY],
    ['admissionApproval', meeting + 30 * DAY],
    ['oath', meeting + 40 * DAY],
  ];
  if (converting) {
    const meeting = ago(12, 10);
    await record(converting, [
      ...admitted(meeting),
      ['conversionApplication', now - 30 * DAY],
      ['conversionPublicity', now - 20 * DAY],
    ]);
  }
  if (probationary) await record(probationary, admitted(ago(4)));
  return true;
}
