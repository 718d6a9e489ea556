/** Small key/value settings the desk generates once and keeps (secrets, the API key hash). */
export interface SettingsStore {
  get(key: string): Promise<string | undefined>;
  /** Sets the key only if it has no value yet; returns the value that won. */
  setIfAbsent(key: string, value: string): Promise<string>;
}
