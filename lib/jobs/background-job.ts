// A periodic job inside `npm start`: it returns a short summary that is logged when it did something.
export type BackgroundJob = {
  name: string;
  intervalMs: number;
  /** The first run this long after start (default: one interval), for a job that should not wait a whole interval. */
  firstRunAfterMs?: number;
  run: () => Promise<string>;
};
