// A periodic job inside `npm start`: it returns a short summary that is logged when it did something.
export type BackgroundJob = { name: string; intervalMs: number; run: () => Promise<string> };
