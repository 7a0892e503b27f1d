import { useMemo, useState } from 'preact/hooks';
import type { ApiConfig, AuthorizerKind } from '../../core/config/model';
import type { ConfigTarget } from '../../core/config/storedConfigs';
import { rendered } from '../../core/i18n/segments';
import {
  addMethodRow,
  type ConfigDraft,
  configFromDraft,
  draftFromConfig,
  draftProblems,
  groupProblems,
  removeMethodRow,
  sameConfiguration,
  updateMethodRow,
} from '../../core/options/configDraft';
import { Segments } from '../../ui-shared/Segments';
import { ui } from '../words';
import { Field } from './Field';
import { MethodTable } from './MethodTable';

interface Props {
  /** The saved configuration, or the pre-filled one of a new entry. */
  config: ApiConfig;
  /** A new entry, not saved yet: it has no original to replace. */
  isNew: boolean;
  /** Its method row came from a call's concrete path (the page's link), to be made a template. */
  pathFromCall: boolean;
  /** Every saved configuration, to refuse moving this one onto another's API and stage. */
  saved: ApiConfig[];
  onSave(original: ConfigTarget | undefined, edited: ApiConfig): Promise<void>;
  onDelete(): void;
  onClose(): void;
}

const KINDS: AuthorizerKind[] = ['cognito', 'jwt'];

/**
 * Every field of one API's configuration, editable by hand. What Save would store is validated
 * on each change; the problems show next to their fields and Save stays disabled until none is left.
 */
export function ConfigEditor({ config, isNew, pathFromCall, saved, onSave, onDelete, onClose }: Props) {
  const [draft, setDraft] = useState<ConfigDraft>(() => draftFromConfig(config));
  const [saving, setSaving] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const original = isNew ? undefined : config;
  const edited = useMemo(() => configFromDraft(draft, { kind: 'manual', updatedAt: 0 }), [draft]);
  const problems = useMemo(() => draftProblems(edited, saved, original), [edited, saved, original]);
  const byField = useMemo(() => groupProblems(problems), [problems]);
  const dirty = isNew || !sameConfiguration(edited, config);
  const fields = ui.options.fields;
  const help = ui.options.help;

  const set = (change: Partial<ConfigDraft>) => setDraft((current) => ({ ...current, ...change }));
  const text = (field: keyof ConfigDraft & string, mono = true, placeholder?: string) => (
    <input
      type="text"
      id={`field-${field}`}
      class={mono ? 'mono' : undefined}
      data-config-field={field}
      spellcheck={false}
      placeholder={placeholder}
      value={draft[field] as string}
      onInput={(event) => set({ [field]: event.currentTarget.value })}
    />
  );

  const save = async () => {
    setSaving(true);
    try {
      // An edit by hand makes the configuration the user's own: its source becomes "entered by hand".
      await onSave(original, { ...edited, source: { kind: 'manual', updatedAt: Date.now() } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="editor"
      data-config-editor={isNew ? 'new' : 'saved'}
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.length === 0 && dirty) void save();
      }}
    >
      <fieldset>
        <legend>{ui.options.sections.api}</legend>
        <div class="grid">
          <Field field="apiId" label={fields.apiId} help={help.apiId} problems={byField}>
            {text('apiId', true, 'a1b2c3d4e5')}
          </Field>
          <Field field="stage" label={fields.stage} help={help.stage} problems={byField}>
            {text('stage', true, ui.options.allStages)}
          </Field>
          <Field field="region" label={fields.region} help={help.region} problems={byField}>
            {text('region', true, 'eu-west-1')}
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>{ui.options.sections.authorizer}</legend>
        <div class="grid">
          <Field field="authorizerKind" label={fields.authorizerKind} problems={byField}>
            <select
              id="field-authorizerKind"
              data-config-field="authorizerKind"
              value={draft.authorizerKind}
              onChange={(event) => set({ authorizerKind: event.currentTarget.value as AuthorizerKind })}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ui.options.kinds[kind]}
                </option>
              ))}
            </select>
          </Field>
          <Field
            field="identityHeader"
            label={fields.identityHeader}
            help={help.identityHeader}
            problems={byField}
          >
            {text('identityHeader', true, 'Authorization')}
          </Field>
          <Field field="authorizerId" label={fields.authorizerId} help={help.authorizerId} problems={byField}>
            {text('authorizerId')}
          </Field>
        </div>
        <Field field="userPoolIds" label={fields.userPoolIds} help={help.userPoolIds} problems={byField}>
          {text('userPoolIds', true, 'eu-west-1_AbC123xyz')}
        </Field>
        <Field
          field="clientIds"
          label={draft.authorizerKind === 'jwt' ? fields.clientIdsJwt : fields.clientIdsCognito}
          help={draft.authorizerKind === 'jwt' ? help.clientIdsJwt : help.clientIdsCognito}
          problems={byField}
        >
          {text('clientIds')}
        </Field>
        <Field field="issuer" label={fields.issuer} help={help.issuer} problems={byField}>
          {text('issuer', true, 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123xyz')}
        </Field>
        <Field
          field="tokenValidationRegex"
          label={fields.tokenValidationRegex}
          help={help.tokenValidationRegex}
          problems={byField}
        >
          {text('tokenValidationRegex')}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{ui.options.sections.methods}</legend>
        {pathFromCall && (
          <p class="help">
            <Segments text={rendered(help.concretePath)} />
          </p>
        )}
        <MethodTable
          rows={draft.methods}
          defaultScopesMode={draft.defaultScopesMode}
          defaultScopes={draft.defaultScopes}
          problems={byField}
          onRowChange={(rowId, change) => setDraft((current) => updateMethodRow(current, rowId, change))}
          onAdd={() => setDraft(addMethodRow)}
          onRemove={(rowId) => setDraft((current) => removeMethodRow(current, rowId))}
          onDefaultChange={set}
        />
      </fieldset>

      <div class="actions">
        <button
          type="submit"
          class="primary"
          data-action="save-config"
          disabled={problems.length > 0 || !dirty || saving}
        >
          {ui.options.save}
        </button>
        {!isNew && dirty && (
          <button
            type="button"
            data-action="discard-changes"
            onClick={() => setDraft(draftFromConfig(config))}
          >
            {ui.options.discard}
          </button>
        )}
        <span class="note" data-editor-state={problems.length > 0 ? 'invalid' : dirty ? 'dirty' : 'clean'}>
          {problems.length > 0
            ? ui.options.fixToSave
            : dirty
              ? ui.options.unsavedChanges
              : ui.options.unchanged}
        </span>
        <span class="spacer" />
        {confirmingDelete ? (
          <span class="confirm" role="alert">
            {ui.options.confirmDelete(ui.options.apiLabel(config.apiId, config.stage))}{' '}
            <button type="button" class="danger" data-action="confirm-delete" onClick={onDelete}>
              {ui.options.confirmDeleteYes}
            </button>{' '}
            <button type="button" onClick={() => setConfirmingDelete(false)}>
              {ui.options.cancel}
            </button>
          </span>
        ) : isNew ? (
          <button type="button" data-action="discard-new" onClick={onClose}>
            {ui.options.cancel}
          </button>
        ) : (
          <button
            type="button"
            class="danger"
            data-action="delete-config"
            onClick={() => setConfirmingDelete(true)}
          >
            {ui.options.delete}
          </button>
        )}
      </div>
    </form>
  );
}
