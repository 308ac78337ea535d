/** Chinese labels of the console dashboard's bands, free of zod like `labels.ts`. */
export const PARTY_AGE_BAND_LABELS = {
  under_5: '5 年以下',
  from_5_to_10: '5–10 年',
  from_10_to_20: '10–20 年',
  from_20_to_30: '20–30 年',
  over_30: '30 年以上',
  none: '未入党',
} as const;

export const DASHBOARD_PERIOD_LABELS = { month: '本月', quarter: '本季度', year: '本年' } as const;
