import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../demo/server';
import { launchExtension, type LoadedExtension } from './extension';

export interface DemoEnv {
  server: DemoServer;
  ext: LoadedExtension;
}

/** Starts the demo server and Chromium with the built extension for a test file, and stops both after it. */
export function useDemoAndExtension(options: DemoServerOptions = {}): DemoEnv {
  const env = {} as DemoEnv;
  beforeAll(async () => {
    env.server = await startDemoServer(options);
    env.ext = await launchExtension();
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}
