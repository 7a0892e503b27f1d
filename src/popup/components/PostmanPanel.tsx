import { useMemo } from 'preact/hooks';
import { renderSigninWords } from '../../core/i18n/renderSignin';
import { buildPostmanCollection, type PostmanRequest } from '../../core/signin/postmanCollection';
import { type PostmanContext, postmanSettings } from '../../core/signin/postmanSettings';
import { downloadText } from '../../ui-shared/download';
import { Segments } from '../../ui-shared/Segments';
import { edition, ui } from '../words';
import { CopyButton } from './CopyButton';

interface Props {
  context: PostmanContext;
  /** The request the collection holds; its credentials are left out. */
  request: PostmanRequest;
  name: string;
}

/**
 * "Call this API from Postman" (SIGNIN.md): each value copyable on its own, the notes saying what
 * is known and what to do, and the collection export. Never a token or a secret.
 */
export function PostmanPanel({ context, request, name }: Props) {
  const words = edition.signin.postman;
  const settings = useMemo(() => postmanSettings(context), [context]);
  const download = () => {
    const collection = buildPostmanCollection(name, request, settings);
    downloadText('cognito-401-doctor.postman_collection.json', `${JSON.stringify(collection, null, 2)}\n`);
  };
  return (
    <details class="postman" data-postman>
      <summary>{words.title}</summary>
      <p>
        <Segments text={renderSigninWords(words.intro, edition)} />
      </p>
      <dl class="postman-fields">
        {settings.fields.map((field) => (
          <div key={field.name} data-postman-field={field.name}>
            {/* Postman's own labels, which its interface shows in English: code, beside our words. */}
            <dt>
              <Segments text={renderSigninWords(words.fields[field.name], edition)} />
            </dt>
            <dd>
              {field.value !== undefined ? (
                <>
                  <code data-postman-value>{field.value}</code>{' '}
                  <CopyButton text={() => field.value ?? ''} label={ui.copy} action="copy-postman-field" />
                </>
              ) : (
                <span class="note">{words.notKnown}</span>
              )}
              {field.note !== undefined && (
                <p class="note">
                  <Segments text={renderSigninWords(words.notes[field.note], edition)} />
                </p>
              )}
              {field.command !== undefined && (
                <pre>
                  <code>{field.command.text}</code>
                </pre>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" data-postman-export onClick={download}>
        {words.export}
      </button>
    </details>
  );
}
