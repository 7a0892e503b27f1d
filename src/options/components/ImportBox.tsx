import { useMemo, useRef, useState } from 'preact/hooks';
import type { AwsImportResult, AwsImportSuccess, ImportHints } from '../../core/config/importTypes';
import type { ApiConfig } from '../../core/config/model';
import { interpretImport, type ReadImport, readImportText } from '../../core/config/parseAwsImport';
import type { ConfigTarget } from '../../core/config/storedConfigs';
import { rendered } from '../../core/i18n/segments';
import {
  confirmImport,
  type ImportAsk,
  importAsks,
  importDestinations,
} from '../../core/options/importPreview';
import { Segments } from '../../ui-shared/Segments';
import { ui } from '../words';
import { Message, messageKey } from './Message';

interface Props {
  /** The saved configurations the import merges into. */
  saved: ApiConfig[];
  /** From the page's link: pre-fill what the text may not say. */
  initialHints: ImportHints;
  /** From the page's link: the region of its API, for an import that does not name one. */
  linkRegion: { apiId: string; region: string } | undefined;
  /** Stores the merged list; resolves once written. */
  onSave(configs: ApiConfig[], targets: ConfigTarget[]): Promise<void>;
}

/**
 * Text read on "Read": parsed once, then interpreted again only when a hint changes; with what it
 * says on its own (no hints), which tells what to ask for.
 */
interface Submitted {
  read: ReadImport;
  bare: AwsImportResult;
}

const HINT_INPUTS: { ask: ImportAsk; mono: boolean; placeholder: string }[] = [
  { ask: 'apiId', mono: true, placeholder: 'a1b2c3d4e5' },
  { ask: 'stage', mono: true, placeholder: 'prod' },
  { ask: 'method', mono: true, placeholder: 'GET' },
  { ask: 'path', mono: true, placeholder: '/orders/{id}' },
];

/**
 * Import of AWS CLI output or of an exported configuration file. Reading shows what was
 * understood, the warnings and the values still needed; nothing is stored before "Save this
 * import". All text from the import is rendered as text nodes.
 */
export function ImportBox({ saved, initialHints, linkRegion, onSave }: Props) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [fileError, setFileError] = useState(false);
  const [submitted, setSubmitted] = useState<Submitted>();
  const [hints, setHints] = useState<ImportHints>(initialHints);
  const [done, setDone] = useState<string>();
  const [saveError, setSaveError] = useState(false);
  const [saving, setSaving] = useState(false);

  /** Counts reads and edits: a read that finishes after a newer one, or after an edit, is dropped. */
  const generation = useRef(0);

  const result = useMemo(
    () => (submitted === undefined ? undefined : interpretImport(submitted.read, hints)),
    [submitted, hints],
  );
  const asks = submitted !== undefined && result !== undefined ? importAsks(submitted.bare, result) : [];
  const outcome = result?.ok ? confirmImport(saved, result, { now: Date.now(), linkRegion }) : undefined;

  const read = async (input: string) => {
    setDone(undefined);
    setSaveError(false);
    const mine = ++generation.current;
    const parsed = await readImportText(input);
    if (mine !== generation.current) return;
    setSubmitted({ read: parsed, bare: interpretImport(parsed) });
  };

  /** What was read no longer matches the text: read again before saving. */
  const forget = () => {
    generation.current++;
    setSubmitted(undefined);
  };

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again reads it again.
    input.value = '';
    if (file === undefined) return;
    setFileError(false);
    try {
      const content = await file.text();
      setText(content);
      setFileName(file.name);
      await read(content);
    } catch {
      setFileError(true);
    }
  };

  const clear = () => {
    forget();
    setText('');
    setFileName(undefined);
  };

  const confirm = async () => {
    if (result === undefined || !result.ok) return;
    // Recomputed now: the saved list may have changed since the preview was drawn.
    const final = confirmImport(saved, result, { now: Date.now(), linkRegion });
    if (!final.ok) return;
    setSaving(true);
    setSaveError(false);
    try {
      await onSave(final.configs, final.targets);
      setDone(
        ui.options.importDone(
          final.targets.map((target) => ui.options.apiLabel(target.apiId, target.stage)).join('; '),
        ),
      );
      clear();
    } catch {
      setSaveError(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="import" data-import-box>
      <h2>{ui.options.importHeading}</h2>
      <p class="help">
        <Segments text={rendered(ui.options.importIntro)} />
      </p>
      <div class="import-inputs">
        <label class="file">
          <span>{ui.options.importFile}</span>{' '}
          <input
            type="file"
            data-import
            accept=".json,.yaml,.yml,.txt,application/json,application/yaml,text/yaml,text/plain"
            onChange={(event) => void chooseFile(event.currentTarget)}
          />
        </label>
        <label for="import-text">{ui.options.importPaste}</label>
        <textarea
          id="import-text"
          data-import-text
          class="mono"
          rows={8}
          spellcheck={false}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setFileName(undefined);
            forget();
          }}
        />
        <div class="actions">
          <button
            type="button"
            class="primary"
            data-import-submit
            disabled={text.trim() === ''}
            onClick={() => void read(text)}
          >
            {ui.options.importSubmit}
          </button>
          {fileName !== undefined && <span class="note">{ui.options.importReading(fileName)}</span>}
        </div>
      </div>

      {fileError && (
        <p class="error" role="alert" data-import-error>
          {ui.options.importFileFailed}
        </p>
      )}
      {result !== undefined && !result.ok && (
        <p class="error" role="alert" data-import-error>
          <Message message={result.error} />
        </p>
      )}
      {done !== undefined && (
        <p class="done" role="status" data-import-done>
          {done}
        </p>
      )}
      {saveError && (
        <p class="error" role="alert" data-import-save-error>
          {ui.options.saveFailed}
        </p>
      )}

      {result?.ok && (
        <div class="preview" data-import-preview={result.format}>
          <h3>{ui.options.previewHeading}</h3>
          <ul class="summary" data-import-summary>
            {result.summary.map((line, index) => (
              <li key={`${index}-${messageKey(line)}`}>
                <Message message={line} />
              </li>
            ))}
          </ul>
          {result.warnings.length > 0 && (
            <>
              <h4>{ui.options.previewWarnings}</h4>
              <ul class="warnings" data-import-warnings>
                {result.warnings.map((line, index) => (
                  <li key={`${index}-${messageKey(line)}`}>
                    <Message message={line} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {asks.length > 0 && (
            <fieldset class="hints" data-import-needs>
              <legend>{ui.options.previewNeeds}</legend>
              {HINT_INPUTS.filter((input) => asks.includes(input.ask)).map((input) => (
                <label key={input.ask}>
                  <span>{ui.options.hints[input.ask]}</span>
                  <input
                    type="text"
                    class={input.mono ? 'mono' : undefined}
                    data-import-hint={input.ask}
                    placeholder={input.placeholder}
                    spellcheck={false}
                    value={hints[input.ask] ?? ''}
                    onInput={(event) => {
                      const value = event.currentTarget.value;
                      setHints((current) => ({ ...current, [input.ask]: value }));
                    }}
                  />
                </label>
              ))}
            </fieldset>
          )}
          <Destinations saved={saved} result={result} />
          {outcome !== undefined && !outcome.ok && (
            <ul class="problems" data-import-blocked>
              {outcome.problems.map((problem) => (
                <li key={messageKey(problem)}>
                  <Message message={problem} />
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              data-import-confirm
              disabled={!outcome?.ok || saving}
              onClick={() => void confirm()}
            >
              {ui.options.importConfirm}
            </button>
            <button type="button" data-import-cancel onClick={clear}>
              {ui.options.importCancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function Destinations({ saved, result }: { saved: ApiConfig[]; result: AwsImportSuccess }) {
  const destinations = importDestinations(saved, result);
  if (destinations.length === 0) return null;
  return (
    <div class="destination">
      <h4>{ui.options.previewDestination}</h4>
      <ul data-import-destination>
        {destinations.map(({ target, exists }) => (
          <li key={`${target.apiId}/${target.stage ?? ''}`}>
            {ui.options.apiLabel(target.apiId, target.stage)}:{' '}
            {exists ? ui.options.destinationMerge : ui.options.destinationNew}
          </li>
        ))}
      </ul>
    </div>
  );
}
