/**
 * Picks the QR module size (dots per module) that makes the code about 25-30 mm wide:
 * big enough for any phone camera, small enough to leave the receipt short.
 */

// Data codewords per QR version 1..40 at error correction level M (ISO/IEC 18004, table 7).
const DATA_CODEWORDS_M = [
  16, 28, 44, 64, 86, 108, 124, 154, 182, 216, 254, 290, 334, 365, 415, 453, 507, 563, 627, 669, 714, 782, 860, 914,
  1000, 1062, 1128, 1193, 1267, 1373, 1455, 1541, 1631, 1725, 1812, 1914, 1992, 2102, 2216, 2334,
];

// Character count indicator bits for numeric, alphanumeric and byte mode, by version range 1-9, 10-26, 27-40.
const COUNT_BITS = [
  [10, 9, 8],
  [12, 11, 16],
  [14, 13, 16],
] as const;

const MAX_MM = 30;
// The encoder accepts module sizes 1-8; some ESC/POS clones accept no more.
const MAX_MODULE_DOTS = 8;

/**
 * Modules per side of a level-M code for the payload in a single mode. The printer picks
 * the mode itself and may pack mixed data tighter, so this is an upper bound.
 */
export function qrModules(payload: string): number {
  const n = payload.length;
  const mode = /^\d*$/.test(payload) ? 0 : /^[0-9A-Z $%*+./:-]*$/.test(payload) ? 1 : 2;
  const dataBits = [10 * Math.floor(n / 3) + [0, 4, 7][n % 3]!, 11 * Math.floor(n / 2) + 6 * (n % 2), 8 * n][mode]!;
  for (let version = 1; version <= 40; version++) {
    const countBits = COUNT_BITS[version < 10 ? 0 : version < 27 ? 1 : 2][mode];
    if (4 + countBits + dataBits <= DATA_CODEWORDS_M[version - 1]! * 8) return 17 + 4 * version;
  }
  return 17 + 4 * 40;
}

export function qrModuleSize(payload: string, dotsPerMm: number): number {
  const size = Math.floor((MAX_MM * dotsPerMm) / qrModules(payload));
  return Math.min(MAX_MODULE_DOTS, Math.max(1, size));
}
