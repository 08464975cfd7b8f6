import { describe, expect, it } from 'vitest';
import { canMove } from '../../../sync/feed.ts';

describe('request statuses', () => {
  it('move forward, may skip, may be rejected until done, and never come back', () => {
    expect(canMove('received', 'processing')).toBe(true);
    expect(canMove('received', 'ready')).toBe(true);
    expect(canMove('ready', 'rejected')).toBe(true);
    expect(canMove('processing', 'received')).toBe(false);
    expect(canMove('done', 'rejected')).toBe(false);
    expect(canMove('rejected', 'processing')).toBe(false);
  });
});
