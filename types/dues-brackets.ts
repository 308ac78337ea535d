/**
 * Party dues (党费) brackets, kept as data so an organisation can correct them when the rules change.
 *
 * Source: 中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》(2008 年 2 月). Salaried members pay on
 * the regular monthly wage after personal income tax; retired members on the monthly pension; students,
 * the unemployed and members living on relief pay a fixed 0.2 元; farmers a fixed 0.2–1 元 their branch sets.
 *
 * Money is integer fen (分), never floating point. A bracket's rate applies to the WHOLE base (it is not
 * progressive); each bound is inclusive ("3000 元以下（含 3000 元）"). Rates are in basis points (1/10000),
 * and the product is rounded half up to the fen: due = floor((baseFen × rateBp + 5000) / 10000).
 */
export const DUES_SOURCE = '中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008年）';

export const DUES_CATEGORIES = ['salaried', 'retired', 'student', 'farmer'] as const;
export type DuesCategory = (typeof DUES_CATEGORIES)[number];

export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = {
  salaried: '在职党员',
  retired: '离退休党员',
  student: '学生及困难党员',
  farmer: '农民党员',
};

/** What the base is called for a category, as the set-base sheet asks for it. */
export const DUES_BASE_LABELS: Record<DuesCategory, string | null> = {
  salaried: '月工资收入（税后）',
  retired: '月离退休费',
  student: null,
  farmer: null,
};

export interface DuesBracket {
  /** Inclusive upper bound of the base in fen; null for the open top bracket. */
  upToFen: number | null;
  rateBp: number;
}

export type DuesRule =
  | { kind: 'brackets'; brackets: DuesBracket[] }
  | { kind: 'fixed'; fen: number }
  /** The branch picks an amount between the bounds (inclusive). */
  | { kind: 'chosen'; minFen: number; maxFen: number; defaultFen: number };

export const DUES_RULES: Record<DuesCategory, DuesRule> = {
  salaried: {
    kind: 'brackets',
    brackets: [
      { upToFen: 300_000, rateBp: 50 },
      { upToFen: 500_000, rateBp: 100 },
      { upToFen: 1_000_000, rateBp: 150 },
      { upToFen: null, rateBp: 200 },
    ],
  },
  retired: {
    kind: 'brackets',
    brackets: [
      { upToFen: 500_000, rateBp: 50 },
      { upToFen: null, rateBp: 100 },
    ],
  },
  student: { kind: 'fixed', fen: 20 },
  farmer: { kind: 'chosen', minFen: 20, maxFen: 100, defaultFen: 20 },
};

/** The bracket a base falls in; null for categories without brackets. */
export function bracketOf(category: DuesCategory, baseFen: number): DuesBracket | null {
  const rule = DUES_RULES[category];
  if (rule.kind !== 'brackets') return null;
  return rule.brackets.find((b) => b.upToFen === null || baseFen <= b.upToFen) ?? null;
}

/**
 * The monthly due in fen. `amountFen` is the base for bracket categories and the chosen amount for a
 * `chosen` one (clamped into its bounds); it is ignored for a fixed one.
 */
export function monthlyDueFen(category: DuesCategory, amountFen: number): number {
  const rule = DUES_RULES[category];
  if (rule.kind === 'fixed') return rule.fen;
  if (rule.kind === 'chosen') return Math.min(rule.maxFen, Math.max(rule.minFen, Math.round(amountFen)));
  const bracket = bracketOf(category, amountFen);
  if (!bracket) return 0;
  return Math.floor((Math.max(0, Math.round(amountFen)) * bracket.rateBp + 5000) / 10000);
}

/** A rate in basis points as people write it: 150 → "1.5%". */
export const rateText = (rateBp: number) => `${rateBp / 100}%`;

/** `YYYY-MM` months as stored: "2026-11". */
export const DUES_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const DUES_PAY_METHODS = ['cash', 'transfer', 'wxpay'] as const;
export type DuesPayMethod = (typeof DUES_PAY_METHODS)[number];
export const DUES_PAY_METHOD_LABELS: Record<DuesPayMethod, string> = {
  cash: '现金',
  transfer: '转账',
  wxpay: '微信支付',
};
