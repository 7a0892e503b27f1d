import type { ConfigMessage } from '../../core/config/messages';
import { renderConfigMessage } from '../../core/i18n/configMessages';
import { Segments } from '../../ui-shared/Segments';
import { config } from '../words';

/** A configuration message in the page's language; values from the import are in `<code>`, as text. */
export function Message({ message }: { message: ConfigMessage }) {
  return <Segments text={renderConfigMessage(message, config)} />;
}

/** A stable key for a message in a list (lists show each message once). */
export function messageKey(message: ConfigMessage): string {
  return JSON.stringify(message);
}
