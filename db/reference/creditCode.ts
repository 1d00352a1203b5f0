/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet (no I, O, Z, S, V);
 * the 18th is a check character over the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export interface CreditCodeAnalysis {
  /** Upper-cased, spaces and full-width characters folded. */
  normalized: string;
  /** 18 characters of the right alphabet, with six digits for the division. */
  wellFormed: boolean;
  /** The 18th character matches the one computed from the first 17. */
  checkDigitOk: boolean;
  expectedCheck: string | null;
  /** GB/T 2260 code of the registering authority (positions 3–8). */
  divisionCode: string | null;
}

/** Full-width letters and digits (Ａ, １) are common in pasted Chinese text. */
function fold(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase();
}

export function computeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function analyseCreditCode(raw: string): CreditCodeAnalysis {
  const normalized = fold(raw);
  const wellFormed = normalized.length === 18 && SHAPE.test(normalized);
  if (!wellFormed) return { normalized, wellFormed, checkDigitOk: false, expectedCheck: null, divisionCode: null };
  const expectedCheck = computeCheckCharacter(normalized.slice(0, 17));
  return {
    normalized,
    wellFormed,
    checkDigitOk: normalized[17] === expectedCheck,
    expectedCheck,
    divisionCode: normalized.slice(2, 8),
  };
}

/** Completes 17 characters with their check character (demo data, tests); refuses what could never validate. */
export function withCheckCharacter(first17: string): string {
  const code = first17 + computeCheckCharacter(first17);
  if (!analyseCreditCode(code).checkDigitOk) throw new Error(`not a possible credit code: ${first17}`);
  return code;
}
