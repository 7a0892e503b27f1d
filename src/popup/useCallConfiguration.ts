import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CapturedCall } from '../core/capture/types';
import type { ApiConfig, CallConfiguration } from '../core/config/model';
import { resolveCallConfiguration } from '../core/config/resolveCallConfiguration';
import { loadApiConfigs, onApiConfigsChanged } from '../platform/configStore';

/**
 * Every saved API configuration, kept current: an import or edit on the options page reaches an
 * open popup through `storage.onChanged`, without a reload.
 */
export function useApiConfigs(): ApiConfig[] {
  const [configs, setConfigs] = useState<ApiConfig[]>([]);

  useEffect(() => {
    let live = true;
    let changed = false;
    const stop = onApiConfigsChanged((next) => {
      changed = true;
      if (live) setConfigs(next);
    });
    loadApiConfigs().then(
      // A change that arrived while loading is newer than what the load read.
      (loaded) => live && !changed && setConfigs(loaded),
      () => undefined,
    );
    return () => {
      live = false;
      stop();
    };
  }, []);

  return configs;
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
