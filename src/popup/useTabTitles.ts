import { useEffect, useState } from 'preact/hooks';
import { tabTitles } from '../platform/tabs';

/** Titles of the tabs the listed calls came from, looked up when that set of tabs changes. */
export function useTabTitles(tabIds: readonly number[], wanted: boolean): ReadonlyMap<number, string> {
  const [titles, setTitles] = useState<ReadonlyMap<number, string>>(new Map());
  const key = wanted ? [...new Set(tabIds)].sort((a, b) => a - b).join(',') : '';
  useEffect(() => {
    if (key === '') return undefined;
    let live = true;
    void tabTitles(key.split(',').map(Number)).then((found) => live && setTitles(found));
    return () => {
      live = false;
    };
  }, [key]);
  return titles;
}
