import { expect, test } from 'vitest';
import { createSerialQueue } from '../../../src/core/serialQueue';

test('runs tasks one at a time, in order, even when an earlier one fails', async () => {
  const serially = createSerialQueue();
  const log: string[] = [];
  const slow = serially(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    log.push('slow');
  });
  const failing = serially(async () => {
    log.push('failing');
    throw new Error('boom');
  });
  const fast = serially(async () => {
    log.push('fast');
    return 42;
  });
  await slow;
  await expect(failing).rejects.toThrow('boom');
  await expect(fast).resolves.toBe(42);
  expect(log).toEqual(['slow', 'failing', 'fast']);
});
