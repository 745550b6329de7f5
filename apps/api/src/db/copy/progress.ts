/** A one-line progress bar on stderr (a line per table when stderr is not a terminal). */
export interface Progress {
  update(table: string, copied: number, total: number): void;
  done(table: string, copied: number): void;
}

const WIDTH = 30;

export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  let lastPrinted = 0;
  let lastTable = '';
  return {
    update(table, copied, total) {
      if (!tty) {
        // Not a terminal: a line when a table starts, then one a second at most, not one per batch.
        if (table === lastTable && Date.now() - lastPrinted < 1000) return;
        lastTable = table;
        lastPrinted = Date.now();
        stream.write(`${table}: ${copied}/${total}\n`);
        return;
      }
      const filled = total === 0 ? WIDTH : Math.min(WIDTH, Math.round((copied / total) * WIDTH));
      stream.write(`\r${table.padEnd(24)} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${copied}/${total}`);
    },
    done(table, copied) {
      stream.write(`${tty ? '\r' : ''}${table.padEnd(24)} ${copied} rows copied${tty ? ' '.repeat(WIDTH) : ''}\n`);
    },
  };
}
