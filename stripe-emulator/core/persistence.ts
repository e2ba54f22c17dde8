// Saves state to a JSON file (debounced, atomic rename) and loads it at start, so restarts keep the demo consistent.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptyState, type State } from './store';

export class Persistence {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string | null,
    private readonly getState: () => State,
    private readonly debounceMs = 200,
  ) {}

  /** Returns the saved state merged over an empty one (new collections added later still exist), or null. */
  load(): State | null {
    if (!this.file) return null;
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return null;
    }
    try {
      const saved = JSON.parse(text) as Partial<State>;
      const base = emptyState();
      return {
        objects: { ...base.objects, ...(saved.objects ?? {}) },
        internal: { ...base.internal, ...(saved.internal ?? {}) },
      };
    } catch (err) {
      // A corrupt file must not stop the demo; keep it aside for inspection
      const aside = `${this.file}.corrupt-${Date.now()}`;
      renameSync(this.file, aside);
      console.error(`stripe-emulator: could not parse ${this.file} (${String(err)}); moved to ${aside}`);
      return null;
    }
  }

  schedule(): void {
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.getState()));
    renameSync(tmp, this.file);
  }
}
