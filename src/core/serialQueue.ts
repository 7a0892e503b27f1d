/**
 * Runs async tasks one after another. Storage updates are read-modify-write: two 401s arriving
 * together must not both read the old list and lose one call. A failing task does not stop the
 * ones queued after it.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
