import os from 'node:os';

/** The machine a benchmark ran on, for the report. */
export function machine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    /** The 1-minute load average now: other work on the machine makes every timing worse. */
    load: os.loadavg()[0].toFixed(2),
  };
}
