import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type ListedEntry,
  latestRequestTime,
  type ShownEntry,
  shownEntry,
  shownId,
} from '../../../src/popup/entrySelection';

const entry = (id: string, requestTime: number): ListedEntry => ({ id, requestTime });

/** The shown entry as `kind:id`, so that a table row reads at a glance. */
function described(shown: ShownEntry<ListedEntry, ListedEntry>): string {
  if (shown.step !== undefined) return `step:${shown.step.id}`;
  if (shown.call !== undefined) return `call:${shown.call.id}`;
  return 'nothing';
}

describe('shownEntry', () => {
  // Newest first, as the popup lists them.
  const calls = [entry('c3', 300), entry('c2', 200), entry('c1', 100)];
  const steps = [entry('s2', 250), entry('s1', 50)];
  const newerStep = [entry('s9', 900)];

  test.each<[string, ListedEntry[], ListedEntry[], string | undefined, string]>([
    ['nothing listed', [], [], undefined, 'nothing'],
    ['nothing listed, a stale pick', [], [], 'c1', 'nothing'],
    ['only calls: the newest call', calls, [], undefined, 'call:c3'],
    ['only steps: the newest step', [], steps, undefined, 'step:s2'],
    ['the newest call is newer than the newest step', calls, steps, undefined, 'call:c3'],
    ['the newest step is newer than every call', calls, newerStep, undefined, 'step:s9'],
    ['a picked call still listed', calls, newerStep, 'c1', 'call:c1'],
    ['a picked step still listed', calls, steps, 's1', 'step:s1'],
    ['a pick no longer listed: the newest again', calls, steps, 'gone', 'call:c3'],
    ['a pick no longer listed, a step newest', calls, newerStep, 'gone', 'step:s9'],
  ])('%s', (_name, listedCalls, listedSteps, pickedId, expected) => {
    expect(described(shownEntry(listedCalls, listedSteps, pickedId))).toBe(expected);
  });

  test('a step made at the same time as the newest call does not win: the call shows', () => {
    expect(described(shownEntry([entry('c', 100)], [entry('s', 100)], undefined))).toBe('call:c');
  });

  test('an id shared by a step and a call shows the step', () => {
    expect(described(shownEntry([entry('x', 100)], [entry('x', 50)], 'x'))).toBe('step:x');
  });

  test('calls in file order (a HAR file): the newest call time is given, the top row shows', () => {
    const fileOrder = [entry('c1', 100), entry('c3', 300)];
    const step = [entry('s', 200)];
    // By the first call's time (100) the step would look newest; by the latest (300) it is not.
    expect(described(shownEntry(fileOrder, step, undefined))).toBe('step:s');
    expect(described(shownEntry(fileOrder, step, undefined, latestRequestTime(fileOrder)))).toBe('call:c1');
  });

  test('returns the listed objects themselves (hosts memoise on them)', () => {
    expect(shownEntry(calls, [], undefined).call).toBe(calls[0]);
    expect(shownEntry([], steps, 's1').step).toBe(steps[1]);
  });

  // What the popup and CallBrowser each decided before they shared this rule, kept here as the
  // reference the shared rule must agree with on any lists and any pick.
  function popupRuleBefore(listedCalls: ListedEntry[], listedSteps: ListedEntry[], pickedId?: string) {
    const selectedStep = listedSteps.find((step) => step.id === pickedId);
    const newestIsStep = (listedSteps[0]?.requestTime ?? -1) > (listedCalls[0]?.requestTime ?? -1);
    const selected =
      selectedStep === undefined
        ? (listedCalls.find((call) => call.id === pickedId) ?? (newestIsStep ? undefined : listedCalls[0]))
        : undefined;
    const step = selectedStep ?? (selected === undefined && newestIsStep ? listedSteps[0] : undefined);
    return { call: step === undefined ? selected : undefined, step };
  }
  function browserRuleBefore(listedCalls: ListedEntry[], listedSteps: ListedEntry[], pickedId?: string) {
    const pickedStep = listedSteps.find((step) => step.id === pickedId);
    const pickedCall = listedCalls.find((call) => call.id === pickedId);
    const newestCallTime = Math.max(-1, ...listedCalls.map((call) => call.requestTime));
    const newestIsStep = (listedSteps[0]?.requestTime ?? -1) > newestCallTime;
    const step = pickedStep ?? (pickedCall === undefined && newestIsStep ? listedSteps[0] : undefined);
    return { call: step === undefined ? (pickedCall ?? listedCalls[0]) : undefined, step };
  }

  const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const entries = fc.array(fc.record({ id: ids, requestTime: fc.integer({ min: 0, max: 20 }) }), {
    maxLength: 5,
  });
  const pick = fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'gone'), { nil: undefined });

  test('agrees with what the popup decided before, on any lists and any pick', () => {
    fc.assert(
      fc.property(entries, entries, pick, (listedCalls, listedSteps, pickedId) => {
        const before = popupRuleBefore(listedCalls, listedSteps, pickedId);
        const after = shownEntry(listedCalls, listedSteps, pickedId);
        expect(after.call).toBe(before.call);
        expect(after.step).toBe(before.step);
      }),
    );
  });

  test('agrees with what CallBrowser decided before, on any lists and any pick', () => {
    fc.assert(
      fc.property(entries, entries, pick, (listedCalls, listedSteps, pickedId) => {
        const before = browserRuleBefore(listedCalls, listedSteps, pickedId);
        const after = shownEntry(listedCalls, listedSteps, pickedId, latestRequestTime(listedCalls));
        expect(after.call).toBe(before.call);
        expect(after.step).toBe(before.step);
      }),
    );
  });
});

describe('latestRequestTime', () => {
  test.each<[string, ListedEntry[], number]>([
    ['none', [], -1],
    ['one', [entry('a', 7)], 7],
    ['newest first', [entry('b', 9), entry('a', 3)], 9],
    ['file order', [entry('a', 3), entry('c', 12), entry('b', 9)], 12],
    ['time zero', [entry('a', 0)], 0],
  ])('%s', (_name, listed, expected) => {
    expect(latestRequestTime(listed)).toBe(expected);
  });
});

describe('shownId', () => {
  test.each<[string, ShownEntry<ListedEntry, ListedEntry>, string | undefined]>([
    ['a call', { call: entry('c', 1) }, 'c'],
    ['a step', { step: entry('s', 1) }, 's'],
    ['nothing', {}, undefined],
  ])('%s', (_name, shown, expected) => {
    expect(shownId(shown)).toBe(expected);
  });
});
