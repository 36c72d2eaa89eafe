/**
 * Progress of a long stage: a bar on a terminal, one plain line per item elsewhere (CI logs, files, pipes), where a
 * redrawn bar would be noise and the lines are what a reader searches afterwards.
 */
import cliProgress from "cli-progress";

export interface Progress {
  /** A stage of `total` items begins. */
  start(stage: string, total: number): void;
  /** One item done; `line` says which and how it went. */
  tick(line: string): void;
  stop(): void;
}

/** One line per item through `log` (the default, and what tests see). */
export function plainProgress(log: (line: string) => void): Progress {
  return {start: () => {}, tick: (line) => log(line), stop: () => {}};
}

/** A cli-progress bar on `stream` (a TTY): the stage, a bar, counts, ETA and the last item. */
export function barProgress(stream: NodeJS.WritableStream = process.stderr): Progress {
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(stage, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format: `${stage} [{bar}] {value}/{total} · {eta_formatted} · {item}`,
          hideCursor: true,
          clearOnComplete: false,
          // Extraction is synchronous work: redraw on each update instead of waiting for a timer that cannot run.
          synchronousUpdate: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, {item: ""});
    },
    tick(line) {
      // The bar is one line wide; the item's path is what a watcher wants to see, the rest goes to the summary.
      bar?.increment(1, {item: line.length > 60 ? `…${line.slice(-59)}` : line});
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
