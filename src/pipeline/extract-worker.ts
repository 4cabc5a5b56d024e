// A worker thread of the extraction pool: texts in, graphs out (parse → extract → build graph).
import { parentPort } from 'node:worker_threads';
import { extractOne, type ExtractJob } from './extract-pool';

parentPort?.on('message', (jobs: ExtractJob[]) => { parentPort!.postMessage(jobs.map(extractOne)); });
