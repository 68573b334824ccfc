import { generateContactCenter, type CallAnalysis } from '@undertone/core';
import { DATABASES } from '../../server/test/databases.js';
import { demoAccounts, ensureDemoAccounts } from '../../server/src/auth/bootstrap-accounts.js';
import { DEMO_SEED, loadDemo } from '../../server/src/demo-load/load-demo.js';
import { apiDepsFromPlatform } from '../../server/src/http/api-deps.js';
import { createApp } from '../../server/src/http/app.js';
import { startHttpServer } from '../../server/src/http/start-http-server.js';
import { defaultSteps } from '../../server/src/pipeline/default-steps.js';
import { openPlatform } from '../../server/src/pipeline/platform.js';

export interface DemoServer {
  url: string;
  /** Every stored analysis, for picking calls that show what a scenario needs. */
  analyses: CallAnalysis[];
  /** The agent the demo-agent account is (the first agent of the first team), as `serve --demo` sets it up. */
  demoAgentId: string;
  close(): Promise<void>;
}

/**
 * The real server (createApp on @hono/node-server, an ephemeral port) over a fresh embedded database holding a
 * small seeded demo contact center, analyzed with the shipped rubrics and policies before this returns, and the
 * demo accounts (password DEMO_PASSWORD) that `serve --demo` creates.
 */
export async function startDemoServer(now: Date): Promise<DemoServer> {
  const created = await DATABASES[0]!.create();
  const platform = await openPlatform(created.config, { steps: defaultSteps(), log: () => undefined, now: () => now });
  try {
    const shape = { days: 4, teams: 2, agentsPerTeam: 3 };
    await loadDemo({ db: platform.database.db, queue: platform.queue }, { now, shape });
    const worker = platform.startWorker();
    await worker.idle();
    await worker.stop();
    // Through the store: a stored analysis row leaves out the transcript, which getAnalysis takes from the call's row.
    const rows = await platform.database.db.selectFrom('analyses').select('call_id').execute();
    const analyses = await Promise.all(rows.map(async (r) => (await platform.analyses.getAnalysis(r.call_id))!.analysis));
    const deps = apiDepsFromPlatform(platform, { log: () => undefined });
    const center = generateContactCenter({ seed: DEMO_SEED, now: now.toISOString(), ...shape });
    const team = center.teams[0]!;
    const agent = center.agents.find((a) => a.team === team.id)!;
    await ensureDemoAccounts(deps.auth, demoAccounts(team.id, agent.id));
    const http = await startHttpServer(createApp(deps, { version: 'test' }), { host: '127.0.0.1', port: 0 });
    return {
      url: http.url.replace('localhost', '127.0.0.1'),
      analyses,
      demoAgentId: agent.id,
      async close() {
        await http.close();
        await platform.close();
        await created.cleanup();
      },
    };
  } catch (err) {
    await platform.close();
    await created.cleanup();
    throw err;
  }
}
