import { asBotError } from '../../core/index.js';
import { describeError } from './messages.js';

/**
 * The error boundary of every command-line entry: a coded error becomes its message and exit
 * code 1 (2 when another indexer holds the lock), never a stack trace.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const coded = asBotError(error);
      process.stderr.write(`${coded.code === 'config_invalid' ? coded.message : describeError(coded.code, coded.message)}\n`);
      if (coded.code === 'unknown') process.stderr.write(`${coded.stack ?? ''}\n`);
      process.exitCode = coded.code === 'index_locked' ? 2 : 1;
    },
  );
}
