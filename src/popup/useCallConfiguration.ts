import { useMemo } from 'preact/hooks';
import type { CapturedCall } from '../core/capture/types';
import type { ApiConfig, CallConfiguration } from '../core/config/model';
import { resolveCallConfiguration } from '../core/config/resolveCallConfiguration';
import { apiConfigsSource } from '../platform/configStore';
import { useStoredValue } from '../ui-shared/useStoredValue';

const NO_CONFIGS: ApiConfig[] = [];

export interface CallConfigurationState {
  /** What is configured for the call's API, stage and method; undefined when nothing is. */
  config?: CallConfiguration;
  /** Every saved API configuration. */
  configs: ApiConfig[];
}

/**
 * The saved configuration that applies to `call`, kept current: an import or edit on the options
 * page reaches an open popup through `storage.onChanged`, without a reload.
 */
export function useCallConfiguration(call: CapturedCall | undefined): CallConfigurationState {
  // A failed read leaves the list empty: the popup then says "not configured", as before.
  const { value: configs } = useStoredValue<ApiConfig[]>(apiConfigsSource, NO_CONFIGS);

  const config = useMemo(
    () => (call === undefined ? undefined : resolveCallConfiguration(configs, call)),
    [configs, call],
  );
  return config === undefined ? { configs } : { config, configs };
}
