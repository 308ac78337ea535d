/**
 * One normaliser for phone and ID numbers, wherever they enter (forms, roster files, search), on both sides
 * of the wire: full-width digits and letters become ASCII, and the spaces and dashes people type or paste
 * between groups of digits go, so `１８３ ３４０６－９０７９` and `183-3406-9079` are the same phone.
 */
const SEPARATORS = /[\s\-‐‑‒–—―・·.]/g;

function normaliseIdentifier(value: string): string {
  return value.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

/** A mainland mobile number as typed: `+86 183-3406-9079` → `18334069079`. */
export function normalisePhone(value: string): string {
  const digits = normaliseIdentifier(value);
  return /^(\+?86)1\d{10}$/.test(digits) ? digits.replace(/^\+?86/, '') : digits;
}

/** A resident ID number as typed: full-width and lower-case `x` become `X`, grouping spaces go. */
export function normaliseIdCard(value: string): string {
  return normaliseIdentifier(value);
}

export const MAINLAND_PHONE = /^1\d{10}$/;
export const ID_CARD_NUMBER = /^\d{17}[\dX]$/;
