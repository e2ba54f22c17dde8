// A one-line progress bar on stderr (redrawn in place on a terminal, a line per step otherwise).
export type Progress = { advance(done: number): void; finish(): void };

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let lastPrinted = -1;
  const draw = (done: number) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.floor(ratio * 100);
    if (!stream.isTTY && percent === lastPrinted) return;
    lastPrinted = percent;
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const line = `${label.padEnd(24)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${seconds}s`;
    stream.write(stream.isTTY ? `\r${line}` : `${line}\n`);
  };
  return {
    advance: draw,
    finish() {
      draw(total);
      if (stream.isTTY) stream.write('\n');
    },
  };
}
