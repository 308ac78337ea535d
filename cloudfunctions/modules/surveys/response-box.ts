import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { DuplicateKeyError } from '../../store/types';
import type { PersonalDataCipher } from '../../security/personal-data';
import { surveysRepository } from './surveys.repository';
import type { SurveyParticipationDoc, SurveyResponseDoc } from './surveys.types';

/**
 * One response per member, anonymous in storage. Submitting writes two documents: the participation, whose
 * id is a keyed hash (server key) of survey and member, inserted first so its unique id decides the one
 * response on every store and host; then the response under a random id. Nothing stored names both: the
 * participation holds no member id and no answers, an anonymous response no member and no time. Between
 * the two writes the participation carries the response encrypted, so a crash in between loses nothing:
 * the next read of the results stores it and removes it from the participation.
 */
export function participationId(pii: PersonalDataCipher, surveyId: string, memberId: string): string {
  return `${surveyId}_${pii.mac('survey-participation', `${surveyId}\0${memberId}`)}`;
}

async function storePendingResponse(ctx: CallContext, participation: SurveyParticipationDoc): Promise<void> {
  if (!participation.pending) return;
  const { responses, participations } = surveysRepository(ctx.store);
  const response = JSON.parse(ctx.pii.decrypt(participation.pending)) as SurveyResponseDoc;
  try {
    await responses.insert(response);
  } catch (error) {
    // Another call stored this very response (same id) first.
    if (!(error instanceof DuplicateKeyError)) throw error;
  }
  await participations.updateWhere({ _id: participation._id }, { $unset: { pending: true } });
}

/** Stores the responses a crash left inside participations, so results never miss one. */
export async function storePendingResponses(ctx: CallContext, surveyId: string): Promise<void> {
  const { participations } = surveysRepository(ctx.store);
  for (;;) {
    const pending = await participations.find({ surveyId, pending: { $exists: true } }, { limit: 100 });
    if (!pending.length) return;
    for (const participation of pending) await storePendingResponse(ctx, participation);
  }
}

/** Records a member's one response; a second one is refused and changes nothing. */
export async function submitOnce(ctx: CallContext, memberId: string, response: SurveyResponseDoc): Promise<void> {
  const { participations } = surveysRepository(ctx.store);
  let participation: SurveyParticipationDoc;
  try {
    participation = await participations.insert({
      _id: participationId(ctx.pii, response.surveyId, memberId),
      surveyId: response.surveyId,
      pending: ctx.pii.encrypt(JSON.stringify(response)),
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    throw new AppError('CONFLICT', '您已提交过本问卷，每人只能提交一次。');
  }
  await storePendingResponse(ctx, participation);
}

export async function hasResponded(ctx: CallContext, surveyId: string, memberId: string): Promise<boolean> {
  const { participations } = surveysRepository(ctx.store);
  return (await participations.get(participationId(ctx.pii, surveyId, memberId))) !== null;
}
