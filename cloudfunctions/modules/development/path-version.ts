import type { DevelopmentStepKey } from '../../../types/development-rules';
import { AppError } from '../../kernel/app-error';
import { DuplicateKeyError } from '../../store/types';
import type { developmentRepository } from './development.repository';

/**
 * Serialises the steps of one person. The version is read BEFORE the recorded steps, and moved on only after
 * the new step is stored, with a write conditional on the version read: of two steps checked against the same
 * steps (取消预备党员资格 and 支部大会讨论转正 at once, on any hosts), exactly one moves it; a step checked after
 * another was claimed already sees that step among the recorded ones.
 */
type Repository = ReturnType<typeof developmentRepository>;

export async function pathVersion(repo: Repository, memberId: string): Promise<number> {
  return (await repo.paths.get(memberId))?.version ?? 0;
}

export async function claimPathVersion(
  repo: Repository,
  memberId: string,
  version: number,
  stepKey: DevelopmentStepKey,
  now: number,
  message: string,
): Promise<void> {
  const lost = new AppError('CONFLICT', message);
  if (version === 0) {
    try {
      await repo.paths.insert({ _id: memberId, version: 1, lastStep: stepKey, updatedAt: now });
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw lost;
      throw error;
    }
    return;
  }
  const moved = await repo.paths.updateWhere(
    { _id: memberId, version },
    { $set: { version: version + 1, lastStep: stepKey, updatedAt: now } },
  );
  if (moved === 0) throw lost;
}
