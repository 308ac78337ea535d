import activity from '@/assets/entry/activity.png';
import admin from '@/assets/entry/admin.png';
import dossier from '@/assets/entry/dossier.png';
import me from '@/assets/entry/me.png';
import notice from '@/assets/entry/notice.png';
import points from '@/assets/entry/points.png';
import quiz from '@/assets/entry/quiz.png';
import study from '@/assets/entry/study.png';
import vote from '@/assets/entry/vote.png';

/** The home's red line icons, drawn by scripts/tab-icons.ts in the tab bar's style. */
export const ENTRY_ICONS = { activity, admin, dossier, me, notice, points, quiz, study, vote } as const;
export type EntryIconName = keyof typeof ENTRY_ICONS;
