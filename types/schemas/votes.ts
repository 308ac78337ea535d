import * as z from 'zod';
import { VOTE_KINDS, VOTE_RESULT_POLICIES, VOTE_STATES } from '../labels';
import { EpochMs, Id, PageInput } from './common';

/** Votes (投票): secret ballots of a unit's members, one ballot each, counted from the ballots themselves. */
const OptionText = z.string().trim().min(1, '选项不能为空').max(60, '每个选项不超过 60 个字');
const OptionId = z.string().regex(/^o\d{1,2}$/, '选项编号格式不正确');

export const VoteCreateInput = z
  .strictObject({
    unitId: Id,
    kind: z.enum(VOTE_KINDS).default('ballot'),
    title: z.string().trim().min(2, '标题至少 2 个字').max(60, '标题不超过 60 个字'),
    description: z.string().trim().max(1000, '说明不超过 1000 个字').default(''),
    options: z.array(OptionText).min(2, '至少要有两个选项').max(20, '最多 20 个选项'),
    /** An election's candidate profiles (简介), in the order of `options`; blank for none. */
    profiles: z.array(z.string().trim().max(200, '候选人简介不超过 200 个字')).max(20).default([]),
    /** In an election, the number to elect (应选人数): a ballot chooses at most this many. */
    maxChoices: z.number().int().min(1).max(20).default(1),
    opensAt: EpochMs,
    closesAt: EpochMs,
    resultPolicy: z.enum(VOTE_RESULT_POLICIES).default('after_close'),
  })
  .refine((v) => v.closesAt > v.opensAt, { message: '结束时间要晚于开始时间', path: ['closesAt'] })
  .refine((v) => v.maxChoices <= v.options.length, { message: '最多可选几项不能超过选项个数', path: ['maxChoices'] })
  .refine((v) => new Set(v.options).size === v.options.length, { message: '选项有重复，请修改', path: ['options'] })
  .refine((v) => v.profiles.length <= v.options.length, { message: '简介比候选人多，请核对', path: ['profiles'] })
  .refine((v) => v.kind !== 'election' || v.options.length > v.maxChoices, {
    message: '差额选举的候选人数要多于应选人数',
    path: ['options'],
  });

export const VoteIdInput = z.strictObject({ voteId: Id });
export const VoteCastInput = z.strictObject({
  voteId: Id,
  optionIds: z.array(OptionId).min(1, '请至少选择一项').max(20),
  /**
   * A random id the device draws once per ballot and sends again on a retry: the same cast id and choices
   * are the same ballot. The server keeps only a hash of it with the choices, which says nothing without it.
   */
  castId: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, '投票凭据不正确，请返回刷新后重新投票'),
});
export const VoteListInput = z.strictObject({ ...PageInput });
export const AdminVoteListInput = z.strictObject({ unitId: Id, ...PageInput });

export const VoteCard = z.object({
  voteId: Id,
  kind: z.enum(VOTE_KINDS),
  title: z.string(),
  unitName: z.string(),
  opensAt: EpochMs,
  closesAt: EpochMs,
  state: z.enum(VOTE_STATES),
  maxChoices: z.number().int(),
  voted: z.boolean(),
});
export type VoteCard = z.infer<typeof VoteCard>;

export const VoteResults = z.object({
  ballots: z.number().int(),
  /** Members entitled to vote when the vote was published. */
  eligible: z.number().int(),
  counts: z.array(z.object({ optionId: OptionId, count: z.number().int() })),
  /** An election once closed: the candidates elected outright (most votes, within the seats). */
  elected: z.array(OptionId).optional(),
  /** An election once closed: candidates tied at the last seat, for the Party congress to decide. */
  tiedAtBoundary: z.array(OptionId).optional(),
});

export const VoteDetail = VoteCard.extend({
  description: z.string(),
  options: z.array(z.object({ optionId: OptionId, text: z.string(), profile: z.string().optional() })),
  resultPolicy: z.enum(VOTE_RESULT_POLICIES),
  /** Whether the caller may vote at all (a probationary member has no vote in a 表决). */
  eligible: z.boolean(),
  /** The choices just cast, in the answer to casting only: the server keeps no link from a member to a choice. */
  myChoices: z.array(OptionId).nullable(),
  /** Null until the result policy lets the caller see it. */
  results: VoteResults.nullable(),
});
export type VoteDetail = z.infer<typeof VoteDetail>;

export const VoteListOutput = z.object({ items: z.array(VoteCard), total: z.number().int() });

export const AdminVoteRow = VoteCard.omit({ voted: true }).extend({
  ballots: z.number().int(),
  eligible: z.number().int(),
});
export const AdminVoteListOutput = z.object({ items: z.array(AdminVoteRow), total: z.number().int() });
