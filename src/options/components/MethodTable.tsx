import { rendered } from '../../core/i18n/segments';
import {
  AUTHORIZATION_TYPES,
  type DefaultScopesMode,
  type FieldProblem,
  METHOD_CHOICES,
  type MethodDraft,
} from '../../core/options/configDraft';
import { Segments } from '../../ui-shared/Segments';
import { ui } from '../words';
import { FieldProblems } from './Field';

interface Props {
  rows: MethodDraft[];
  defaultScopesMode: DefaultScopesMode;
  defaultScopes: string;
  problems: Map<string, FieldProblem[]>;
  onRowChange(rowId: number, change: Partial<MethodDraft>): void;
  onAdd(): void;
  onRemove(rowId: number): void;
  onDefaultChange(change: { defaultScopesMode?: DefaultScopesMode; defaultScopes?: string }): void;
}

const DEFAULT_MODES: DefaultScopesMode[] = ['unknown', 'none', 'listed'];

/** Choices of a select, plus the current value when it is none of them (an unusual import). */
function withCurrent(choices: readonly string[], current: string): string[] {
  return current === '' || choices.includes(current) ? [...choices] : [...choices, current];
}

/** The protection of each method and path, one editable row each, then "any other method". */
export function MethodTable(props: Props) {
  const { rows, problems } = props;
  const columns = ui.options.methodColumns;
  return (
    <div class="methods">
      <table data-methods>
        <thead>
          <tr>
            <th scope="col">{columns.method}</th>
            <th scope="col">{columns.path}</th>
            <th scope="col">{columns.authorizationType}</th>
            <th scope="col">{columns.scopes}</th>
            <th scope="col">{columns.authorizerId}</th>
            <th scope="col">
              <span class="visually-hidden">{ui.options.removeMethod}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} class="note">
                {ui.options.noMethods}
              </td>
            </tr>
          )}
          {rows.map((row, index) => {
            const field = `methods[${index}]`;
            const label = `${row.method} ${row.path}`.trim();
            return [
              <tr key={row.rowId} data-method-row={index}>
                <td>
                  <select
                    data-method-field="method"
                    aria-label={columns.method}
                    value={row.method}
                    onChange={(event) => props.onRowChange(row.rowId, { method: event.currentTarget.value })}
                  >
                    {withCurrent(METHOD_CHOICES, row.method).map((method) => (
                      <option key={method} value={method}>
                        {method}
                      </option>
                    ))}
                  </select>
                  <FieldProblems field={`${field}.method`} problems={problems.get(`${field}.method`)} />
                </td>
                <td>
                  <input
                    type="text"
                    class="mono"
                    data-method-field="path"
                    aria-label={columns.path}
                    placeholder="/orders/{id}"
                    spellcheck={false}
                    value={row.path}
                    onInput={(event) => props.onRowChange(row.rowId, { path: event.currentTarget.value })}
                  />
                  <FieldProblems field={`${field}.path`} problems={problems.get(`${field}.path`)} />
                </td>
                <td>
                  <select
                    data-method-field="authorizationType"
                    aria-label={columns.authorizationType}
                    value={row.authorizationType}
                    onChange={(event) =>
                      props.onRowChange(row.rowId, { authorizationType: event.currentTarget.value })
                    }
                  >
                    {withCurrent(AUTHORIZATION_TYPES, row.authorizationType).map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                  <FieldProblems
                    field={`${field}.authorizationType`}
                    problems={problems.get(`${field}.authorizationType`)}
                  />
                </td>
                <td>
                  {/* A textarea, so that long scope URLs wrap instead of hiding behind the edge. */}
                  <textarea
                    class="mono scopes"
                    rows={1}
                    data-method-field="scopes"
                    aria-label={columns.scopes}
                    spellcheck={false}
                    value={row.scopes}
                    onInput={(event) => props.onRowChange(row.rowId, { scopes: event.currentTarget.value })}
                  />
                  <FieldProblems field={`${field}.scopes`} problems={problems.get(`${field}.scopes`)} />
                </td>
                <td>
                  <input
                    type="text"
                    class="mono short"
                    data-method-field="authorizerId"
                    aria-label={columns.authorizerId}
                    spellcheck={false}
                    value={row.authorizerId}
                    onInput={(event) =>
                      props.onRowChange(row.rowId, { authorizerId: event.currentTarget.value })
                    }
                  />
                </td>
                <td class="row-action">
                  <button
                    type="button"
                    class="link"
                    data-action="remove-method"
                    title={ui.options.removeMethodTitle(label)}
                    onClick={() => props.onRemove(row.rowId)}
                  >
                    {ui.options.removeMethod}
                  </button>
                </td>
              </tr>,
              problems.has(field) && (
                <tr key={`${row.rowId}-problems`} class="row-problems">
                  <td colSpan={6}>
                    <FieldProblems field={field} problems={problems.get(field)} />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
        <tfoot>
          <tr data-default-scopes={props.defaultScopesMode}>
            <th scope="row" colSpan={3}>
              <label for="field-defaultScopes">{ui.options.fields.defaultScopes}</label>
            </th>
            <td colSpan={3}>
              <div class="inline">
                <select
                  id="field-defaultScopes"
                  data-config-field="defaultScopesMode"
                  value={props.defaultScopesMode}
                  onChange={(event) =>
                    props.onDefaultChange({
                      defaultScopesMode: event.currentTarget.value as DefaultScopesMode,
                    })
                  }
                >
                  {DEFAULT_MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {ui.options.defaultScopesModes[mode]}
                    </option>
                  ))}
                </select>
                {props.defaultScopesMode === 'listed' && (
                  <input
                    type="text"
                    class="mono"
                    data-config-field="defaultScopes"
                    aria-label={ui.options.fields.defaultScopes}
                    spellcheck={false}
                    value={props.defaultScopes}
                    onInput={(event) => props.onDefaultChange({ defaultScopes: event.currentTarget.value })}
                  />
                )}
              </div>
              <FieldProblems field="defaultScopes" problems={problems.get('defaultScopes')} />
            </td>
          </tr>
        </tfoot>
      </table>
      <p class="help">
        <Segments text={rendered(ui.options.help.scopes)} />
      </p>
      <button type="button" data-action="add-method" onClick={props.onAdd}>
        {ui.options.addMethod}
      </button>
    </div>
  );
}
