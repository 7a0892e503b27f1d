import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose module is loaded on its first render, as a chunk of its own: for what a
 * page's first screen does not show (docs/performance.md, "Popup first render"), so the first
 * screen neither downloads nor parses it. Renders nothing until the module is in; a failed load is
 * tried again on the next render that needs it.
 */
export function deferred<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): FunctionComponent<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const get = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return function Deferred(props: Props) {
    const [component, setComponent] = useState<{ is: ComponentType<Props> } | undefined>(() =>
      loaded === undefined ? undefined : { is: loaded },
    );
    useEffect(() => {
      if (component !== undefined) return undefined;
      let live = true;
      get().then(
        (is) => {
          if (live) setComponent({ is });
        },
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [component]);
    const Component = component?.is;
    return Component === undefined ? null : <Component {...props} />;
  };
}
