import type { ComponentChildren } from 'preact';
import type { Segment } from '../../core/i18n/render';
import { rendered } from '../../core/i18n/segments';
import type { FieldProblem } from '../../core/options/configDraft';
import { Segments } from '../../ui-shared/Segments';
import { ui } from '../words';
import { Message, messageKey } from './Message';

/** The problems of one input, next to it; `field` names it for tests (`data-field-problem`). */
export function FieldProblems({ field, problems }: { field: string; problems: FieldProblem[] | undefined }) {
  if (problems === undefined || problems.length === 0) return null;
  return (
    <ul class="problems" data-field-problem={field}>
      {problems.map((problem, index) => (
        <li key={`${index}-${messageKey(problem.message)}`}>
          {problem.index !== undefined && ui.options.entryProblem(problem.index + 1)}
          <Message message={problem.message} />
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  /** The configuration field, as validation names it (`userPoolIds`). */
  field: string;
  label: string;
  help?: Segment[];
  problems: Map<string, FieldProblem[]>;
  children: ComponentChildren;
}

/** A labelled input with its help line and its problems. The input's id must be `field-<field>`. */
export function Field({ field, label, help, problems, children }: FieldProps) {
  const own = problems.get(field);
  return (
    <div class={own === undefined ? 'field' : 'field invalid'}>
      <label for={`field-${field}`}>{label}</label>
      {children}
      {help !== undefined && (
        <p class="help">
          <Segments text={rendered(help)} />
        </p>
      )}
      <FieldProblems field={field} problems={own} />
    </div>
  );
}
