/**
 * Global setup of the `opensearch` vitest project: reuses OPENSEARCH_URL when it is set (and answers), otherwise
 * starts a node on a free port with a fresh temp data dir, and stops it in teardown. Tests get the URL from
 * `opensearchUrl()` in ./opensearch-url.ts (provide/inject), and from process.env.OPENSEARCH_URL.
 * OPENSEARCH_LOG=1 echoes the node's log.
 */
import type { TestProject } from 'vitest/node';
import { startOpenSearch, waitForOpenSearch } from '../../scripts/opensearch/launcher.js';
import type {} from './opensearch-url.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.OPENSEARCH_URL?.replace(/\/+$/, '');
  let url: string;
  let stop = async () => {};
  if (external) {
    await waitForOpenSearch(external, 30_000);
    url = external;
  } else {
    const started = performance.now();
    const node = await startOpenSearch({ log: process.env.OPENSEARCH_LOG === '1' });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[opensearch] node ${node.url} ready in ${seconds}s (pid ${node.pid})`);
    url = node.url;
    stop = () => node.stop();
  }
  process.env.OPENSEARCH_URL = url;
  project.provide('opensearchUrl', url);
  return async () => {
    await stop();
    if (!external) delete process.env.OPENSEARCH_URL;
  };
}
