// A worker thread of the card renderer: receives SVG strings, answers with PNG bytes.
// The main thread sets FONTCONFIG_FILE in the real process environment before starting workers
// (fontconfig is process-wide); it is repeated here in case this worker is started some other way.
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  id: number;
  svg: string;
}

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread only');
if (workerData?.fontconfigFile) process.env.FONTCONFIG_FILE = workerData.fontconfigFile;
const { default: sharp } = await import('sharp');
const compressionLevel: number = workerData?.compressionLevel ?? 6;

port.on('message', async (job: Job) => {
  try {
    const png = await sharp(Buffer.from(job.svg)).png({ compressionLevel }).toBuffer();
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    port.postMessage({ id: job.id, png: bytes });
  } catch (err) {
    port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
