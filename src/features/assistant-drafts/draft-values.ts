import type { Difficulty } from '@contract/labels';
import type { RouteInput, RouteOutput } from '@contract/contract';

export type Draft = RouteOutput<'admin.questionDrafts'>['items'][number];
export type DraftStatus = Draft['status'];

export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  pending: '待审核',
  accepted: '已入题库',
  rejected: '已舍弃',
};

/** The draft editor's values: the answer as picked letters, 对/错 or typed answers; tags as one line. */
export interface DraftValues extends Record<string, unknown> {
  stem: string;
  options: string[];
  answer: string[];
  explanation: string;
  tags: string;
  difficulty: Difficulty;
}

export const draftValues = (draft: Draft): DraftValues => ({
  stem: draft.stem,
  options: draft.options,
  answer: draft.answer,
  explanation: draft.explanation,
  tags: draft.tags.join('，'),
  difficulty: draft.difficulty,
});

export const draftInput = (draft: Draft, v: DraftValues): RouteInput<'admin.questionDraftUpdate'> => ({
  draftId: draft.draftId,
  stem: v.stem,
  options: v.options.map((o) => o.trim()),
  answer: v.answer.map((a) => a.trim()).filter(Boolean),
  explanation: v.explanation,
  tags: v.tags.split(/[,，、\s]+/).filter(Boolean),
  difficulty: v.difficulty,
});

/** How an answer reads to a reviewer: letters with their option, 对/错, or the accepted words. */
export function answerText(draft: Pick<Draft, 'type' | 'options' | 'answer'>): string {
  if (draft.type === 'single' || draft.type === 'multiple')
    return draft.answer.map((letter) => `${letter}. ${draft.options['ABCDEF'.indexOf(letter)] ?? ''}`).join('；');
  return draft.answer.join(' 或 ');
}
