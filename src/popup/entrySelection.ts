/**
 * Which listed entry is shown in detail, as a plain function: the popup, the HAR page and the
 * DevTools panel list failing calls and failing sign-in steps together and show one of them.
 */

/** What the rule reads of a listed call or sign-in step. */
export interface ListedEntry {
  readonly id: string;
  readonly requestTime: number;
}

/** The entry to show: a call, a sign-in step, or neither when nothing is listed. */
export type ShownEntry<Call, Step> =
  | { readonly call: Call; readonly step?: undefined }
  | { readonly step: Step; readonly call?: undefined }
  | { readonly call?: undefined; readonly step?: undefined };

const NOTHING_SHOWN = {} as const;

/**
 * The entry the user picked (`pickedId`) while it is still listed; otherwise the newest one: the
 * first of `steps` (newest first) when it was made after every call, else the first of `calls`
 * (the list's top row). `newestCallTime` is when the newest call was made: by default the first
 * call's time, right for a list kept newest first (the popup's); a HAR file lists its calls in
 * file order, so its host passes `latestRequestTime(calls)`.
 */
export function shownEntry<Call extends ListedEntry, Step extends ListedEntry>(
  calls: readonly Call[],
  steps: readonly Step[],
  pickedId: string | undefined,
  newestCallTime: number = calls[0]?.requestTime ?? -1,
): ShownEntry<Call, Step> {
  if (pickedId !== undefined) {
    const pickedStep = steps.find((step) => step.id === pickedId);
    if (pickedStep !== undefined) return { step: pickedStep };
    const pickedCall = calls.find((call) => call.id === pickedId);
    if (pickedCall !== undefined) return { call: pickedCall };
  }
  const newestStep = steps[0];
  if (newestStep !== undefined && newestStep.requestTime > newestCallTime) return { step: newestStep };
  const firstCall = calls[0];
  return firstCall === undefined ? NOTHING_SHOWN : { call: firstCall };
}

/** When the latest of `entries` was made, in whatever order they are; -1 when there is none. */
export function latestRequestTime(entries: readonly ListedEntry[]): number {
  let latest = -1;
  for (const entry of entries) if (entry.requestTime > latest) latest = entry.requestTime;
  return latest;
}

/** The id of the listed row to mark as selected. */
export function shownId(shown: ShownEntry<ListedEntry, ListedEntry>): string | undefined {
  return shown.step?.id ?? shown.call?.id;
}
