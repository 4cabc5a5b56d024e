// Runs a test module's named functions in a worker thread, with a deadline. A synchronous loop that never
// ends cannot be stopped by a test timeout on the thread that runs it; in a worker it can: the worker is
// stopped, the test fails with the last input the function reported, and the run goes on.
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** The worker's bootstrap: TypeScript modules are transpiled on require (types are checked by `tsc`). */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const ts = require(workerData.typescript);
require.extensions['.ts'] = (m, file) => m._compile(ts.transpileModule(readFileSync(file, 'utf8'), {
  fileName: file, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
}).outputText, file);
const table = require(workerData.module)[workerData.table];
parentPort.on('message', (name) => {
  try { table[name](); parentPort.postMessage({ done: name }); }
  catch (e) { parentPort.postMessage({ error: String((e && e.stack) || e) }); }
});
parentPort.postMessage({ ready: true });
`;

/** Called by the function under test with each input it tries; kept so that a hang can name its input. */
export function reportInput(input: string): void {
  if (parentPort && workerData?.reportsInputs) parentPort.postMessage({ input });
}

type Message = { ready: true } | { done: string } | { error: string } | { input: string };

/** The functions of `table` exported by `module`, run one at a time in a worker that is replaced after a hang. */
export class InWorker {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly module: string, private readonly table: string) {}

  private start(): Promise<void> {
    const worker = new Worker(BOOT, {
      eval: true,
      workerData: { module: this.module, table: this.table, typescript: require.resolve('typescript'), reportsInputs: true },
    });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    return this.ready;
  }

  /** Runs `name`; rejects with its error, or after `timeoutMs` with the last input it reported. */
  async run(name: string, timeoutMs: number): Promise<void> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    let last: string | null = null;
    await new Promise<void>((resolve, reject) => {
      const finish = (f: () => void) => { clearTimeout(timer); worker.off('message', onMessage); worker.off('error', onError); worker.off('exit', onExit); f(); };
      const onMessage = (m: Message) => {
        if ('input' in m) last = m.input;
        else if ('done' in m) finish(resolve);
        else if ('error' in m) finish(() => reject(new Error(m.error)));
      };
      const onError = (e: Error) => finish(() => reject(e));
      const onExit = (code: number) => finish(() => reject(new Error(`the worker stopped (exit ${code})`)));
      const timer = setTimeout(() => finish(() => {
        this.worker = null;
        void worker.terminate();
        reject(new Error(`${name}: no answer within ${timeoutMs / 1000} s; the input it was on (${last?.length ?? 0} characters):\n${JSON.stringify(last)}`));
      }), timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(name);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
