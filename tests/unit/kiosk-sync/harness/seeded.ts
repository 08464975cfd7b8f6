/** Numbers in [0, 1) from a seed (xorshift32), so a failing run can be repeated with CHAOS_SEED. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
