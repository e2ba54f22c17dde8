// A CSV download streamed batch by batch (memory stays flat however many rows), recorded in the audit log.
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { csvLine, type CsvValue } from './csv';
import { addAuditEntry, finishExportAuditEntry } from './write-audit-log';

export type CsvBatches = {
  header: string[];
  /** Returns the next rows, or null when there are no more. */
  next(): Promise<CsvValue[][] | null>;
};

export type CsvExportOptions = {
  actorEmail: string;
  action: string;
  filter: Record<string, unknown>;
  filename: string;
  batches: CsvBatches;
};

export async function streamCsvExport(options: CsvExportOptions): Promise<Response> {
  const { batches, filter } = options;
  const auditId = await addAuditEntry({ actorEmail: options.actorEmail, action: options.action, filter });
  const encoder = new TextEncoder();
  let rowCount = 0;
  let finished = false;
  const finish = async (completed: boolean) => {
    if (finished) return;
    finished = true;
    await finishExportAuditEntry({ id: auditId, rowCount, filter, completed });
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark lets spreadsheet programs read the file as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(batches.header)}`));
    },
    // Called only when the client has taken the previous batch: back-pressure keeps memory flat.
    async pull(controller) {
      try {
        const rows = await batches.next();
        if (!rows) {
          await finish(true);
          controller.close();
          return;
        }
        rowCount += rows.length;
        controller.enqueue(encoder.encode(rows.map(csvLine).join('')));
      } catch (error) {
        getLogger().error({ action: options.action, err: safeError(error) }, 'export failed');
        await finish(false).catch(() => {});
        controller.error(error);
      }
    },
    async cancel() {
      await finish(false).catch(() => {});
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${options.filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
