import { useMemo } from 'preact/hooks';
import type { CapturedCall } from '../core/capture/types';
import type { ApiConfig, CallConfiguration } from '../core/config/model';
import { resolveCallConfiguration } from '../core/config/resolveCallConfiguration';
import { useStoredValue } from '../ui-shared/useStoredValue';
import { configsSource } from './startup';

const NO_CONFIGS: ApiConfig[] = [];

/**
 * Every saved API configuration, kept current: an import or edit on the options page reaches an
 * open popup through `storage.onChanged`, without a reload. A failed read leaves the list empty:
 * the popup then says "not configured". Read from the popup's start (`startup.ts`).
 */
export function useApiConfigs(): ApiConfig[] {
  return useStoredValue<ApiConfig[]>(configsSource, configsSource.current()?.value ?? NO_CONFIGS).value;
}

/** The saved configuration that applies to `call`; undefined when nothing is configured for it. */
export function useCallConfiguration(
  call: CapturedCall | undefined,
  configs: readonly ApiConfig[],
): CallConfiguration | undefined {
  return useMemo(
    () => (call === undefined ? undefined : resolveCallConfiguration(configs, call)),
    [configs, call],
  );
}
