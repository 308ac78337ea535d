/** Fen as people read money in exports, notices and audit entries: 1250 → "12.50 元" (integer arithmetic). */
export const yuanText = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')} 元`;

/** "2026-11" → "2026年11月". */
export const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
