import { headlineResult } from './diagnose';
import type { CheckResult, Command, Diagnosis } from './types';

/**
 * What the first screen of a diagnosis shows (issue "answer first"): the headline's check, the one
 * action that applies, the failing and warning checks to surface under it, and how many of the
 * others are folded away. Pure, so the popup, a DevTools panel and a HAR page decide alike.
 */
export interface FirstScreen {
  /** The result the headline names; undefined when nothing decided the cause. */
  headline?: CheckResult;
  /**
   * The one thing to do: a command of the headline's check (else of the first surfaced check that
   * has one), or, when nothing decided and the API is not configured, configuring it (CHECKS.md
   * "No cause found": the configuration is what would decide).
   */
  action?: { kind: 'command'; command: Command } | { kind: 'configure' };
  /** `fail` and `warn` results in contract order, shown open under the headline. */
  surfaced: CheckResult[];
  /** The other results, counted for the folded line ("12 checks passed, 5 did not apply"). */
  folded: { passed: number; notApplicable: number; informational: number };
}

export function isSurfaced(result: Pick<CheckResult, 'status'>): boolean {
  return result.status === 'fail' || result.status === 'warn';
}

export function firstScreen(diagnosis: Pick<Diagnosis, 'checks' | 'headline' | 'undecided'>): FirstScreen {
  const headline = headlineResult(diagnosis);
  const surfaced = diagnosis.checks.filter(isSurfaced);
  const folded = { passed: 0, notApplicable: 0, informational: 0 };
  for (const result of diagnosis.checks) {
    if (result.status === 'pass') folded.passed += 1;
    else if (result.status === 'skip') folded.notApplicable += 1;
    else if (result.status === 'info') folded.informational += 1;
  }
  const screen: FirstScreen = { surfaced, folded };
  if (headline !== undefined) screen.headline = headline;
  const action = firstAction(diagnosis, headline, surfaced);
  if (action !== undefined) screen.action = action;
  return screen;
}

function firstAction(
  diagnosis: Pick<Diagnosis, 'checks' | 'undecided'>,
  headline: CheckResult | undefined,
  surfaced: readonly CheckResult[],
): FirstScreen['action'] {
  const withCommand = [headline, ...surfaced].find((result) => (result?.commands.length ?? 0) > 0);
  const command = withCommand?.commands[0];
  if (command !== undefined) return { kind: 'command', command };
  if (headline !== undefined) return undefined;
  if (diagnosis.undecided?.code === 'no-configuration') return { kind: 'configure' };
  // Configured and nothing failed: testing the authorizer with this token is the next step.
  const manual = diagnosis.checks.find((result) => result.id === 'manual.test_authorizer');
  const manualCommand =
    manual?.commands.find((candidate) => candidate.kind === 'test-invoke-authorizer') ?? manual?.commands[0];
  return manualCommand === undefined ? undefined : { kind: 'command', command: manualCommand };
}
