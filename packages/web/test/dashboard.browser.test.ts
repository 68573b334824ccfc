import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CallAnalysis } from '@undertone/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/auth/bootstrap-accounts.js';
import { webDistDir } from '../../server/src/http/web-app/web-dist-dir.js';
import { chromiumMissing, launchBrowser } from './browser-env.js';
import { startDemoServer, type DemoServer } from './demo-server.js';

const ARTIFACTS = fileURLToPath(new URL('../../../artifacts/web/', import.meta.url));
const NOW = new Date('2026-11-24T18:00:00Z');

if (chromiumMissing) console.warn(chromiumMissing);

/** A call whose first inflection was preceded by a behavior, and a criterion with quoted evidence. */
function pickShowcaseCall(analyses: CallAnalysis[]) {
  for (const a of analyses) {
    const inflection = a.sentiment?.inflections.find((i) => (i.preceding?.length ?? 0) > 0 && i.preceding![0]!.quote.length > 3);
    const criterion = a.scorecard?.criteria.find((c) => c.evidence.some((e) => e.utteranceIndex !== undefined && e.quote.length > 3));
    if (inflection && criterion) return { analysis: a, inflection, criterion, evidence: criterion.evidence.find((e) => e.utteranceIndex !== undefined && e.quote.length > 3)! };
  }
  throw new Error('the demo data has no call with both a preceded inflection and quoted evidence: widen the demo shape');
}

describe.skipIf(chromiumMissing !== undefined)('the dashboard in a real browser', () => {
  let server: DemoServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });

  beforeAll(async () => {
    const dist = webDistDir();
    if (!dist || !existsSync(`${dist}/index.html`)) throw new Error(`the dashboard is not built (${dist}/index.html missing): run \`npm run build\` first`);
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startDemoServer(NOW);
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));" });
  }, 240_000);

  /** Signs in through the form the way a person does: type, then press Enter. */
  async function signIn(username: string, password: string) {
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Password').press('Enter');
  }

  it('asks for sign-in, says so plainly when the password is wrong, then signs in a demo account', async () => {
    await page.goto(`${server.url}/calls`);
    await page.getByRole('heading', { name: 'Sign in to Undertone' }).waitFor();
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('username');
    const formBox = await page.locator('.sign-in-form').boundingBox();
    await signIn('demo-admin', 'not-the-password');
    await expect.poll(() => page.locator('#sign-in-error').textContent()).toContain('username or password is wrong');
    expect(await page.locator('.sign-in-form').boundingBox(), 'the error must not move the form').toEqual(formBox);
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('password');
    await shot('00-sign-in-error');

    await signIn('demo-admin', DEMO_PASSWORD);
    await page.locator('tbody tr a.row-link').first().waitFor();
    expect(page.url()).toMatch(/\/calls$/);
    expect(await page.locator('.signed-in-as').textContent()).toBe('Demo AdminAdmin');
  });


  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  it('lists calls, filters and sorts them in the URL, and opens one', async () => {
    const target = pickShowcaseCall(server.analyses).analysis.call;
    await page.goto(`${server.url}/calls`);
    await page.locator('tbody tr a.row-link').first().waitFor();
    expect(await page.locator('.pager-range').textContent()).toMatch(/^1–\d+/);
    await shot('01-calls');

    await page.selectOption('select[name="team"]', target.team!);
    await page.waitForURL(/team=/);
    await page.selectOption('select[name="agent"]', target.agent.id);
    await page.waitForURL(/agent=/);
    await page.locator('tbody tr a.row-link').first().waitFor();
    const teams = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(teams)).toEqual(new Set([target.team]));

    await page.getByRole('button', { name: /^Score/ }).click();
    await page.waitForURL(/sort=-score/);
    await expect.poll(() => page.locator('th[aria-sort="descending"]').textContent()).toMatch(/Score/);
    await page.locator('tbody tr a.row-link').first().waitFor();
    const scores = (await page.locator('tbody tr td:nth-child(6)').allTextContents()).map((s) => Number.parseFloat(s)).filter((n) => !Number.isNaN(n));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await shot('02-calls-filtered-sorted');

    // The filters survive a reload: they live in the URL.
    await page.reload();
    await expect.poll(() => page.inputValue('select[name="agent"]')).toBe(target.agent.id);

    await page.locator(`a[href="/calls/${target.id}"]`).click();
    await page.waitForURL(new RegExp(`/calls/${target.id}$`));
    await page.locator('.inflection-button').first().waitFor();
  });

  it('shows the quote that preceded an inflection, and a criterion’s evidence, in the transcript', async () => {
    const { analysis, inflection, evidence } = pickShowcaseCall(server.analyses);
    if (!page.url().endsWith(`/calls/${analysis.call.id}`)) await page.goto(`${server.url}/calls/${analysis.call.id}`);
    await page.locator('.arc-chart canvas').first().waitFor();

    const index = analysis.sentiment!.inflections.indexOf(inflection);
    await page.locator('.inflection-button').nth(index).click();
    const preceding = inflection.preceding![0]!;
    const focused = page.locator(`.utterance[data-index="${preceding.utteranceIndex}"]`);
    await expect.poll(() => focused.getAttribute('class')).toContain('utterance-focused');
    expect((await focused.locator('mark.quote-active').allTextContents()).join('').toLowerCase()).toContain(preceding.quote.trim().toLowerCase());
    await expect.poll(() => focused.evaluate((el) => { const box = el.getBoundingClientRect(); const list = el.parentElement!.getBoundingClientRect(); return box.top >= list.top && box.bottom <= list.bottom; })).toBe(true);
    await shot('03-call-inflection');

    await page.locator('.evidence .quote-button', { hasText: evidence.quote.slice(0, 20) }).first().click();
    const evidenceRow = page.locator(`.utterance[data-index="${evidence.utteranceIndex}"]`);
    await expect.poll(() => evidenceRow.getAttribute('class')).toContain('utterance-focused');
    expect((await evidenceRow.locator('mark.quote-active').allTextContents()).join('').toLowerCase()).toContain(evidence.quote.trim().toLowerCase().slice(0, 20));
    await shot('04-call-evidence');

    // Clicking the plot away from any inflection selects the utterance spoken at that moment.
    const seconds = analysis.characteristics.durationMs / 1000;
    await page.locator('.arc-chart').scrollIntoViewIfNeeded();
    const plot = (await page.locator('.arc-chart .u-over').boundingBox())!;
    const xOf = (ms: number) => plot.x + (ms / 1000 / seconds) * plot.width;
    const clear = analysis.call.utterances.findIndex((u, i) => i > 2 && u.endMs - u.startMs > 3000 && analysis.sentiment!.inflections.every((inf) => Math.abs(xOf(inf.atMs) - xOf(u.startMs + 1000)) > 30));
    expect(clear).toBeGreaterThan(0);
    await page.mouse.click(xOf(analysis.call.utterances[clear]!.startMs + 1000), plot.y + plot.height / 2);
    await expect.poll(() => page.locator(`.utterance[data-index="${clear}"]`).getAttribute('class')).toContain('utterance-focused');

    // Hovering an utterance marks its time on the chart (drawn on the canvas): the page must stay error-free.
    await page.locator('.utterance').nth(3).hover();
    await page.setViewportSize({ width: 2560, height: 1300 });
    await shot('05-call-wide');
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('opens the agent page and the team overview', async () => {
    const { analysis } = pickShowcaseCall(server.analyses);
    await page.locator('.call-header a', { hasText: analysis.call.agent.name ?? analysis.call.agent.id }).click();
    await page.waitForURL(/\/agents\//);
    await page.getByRole('heading', { level: 1, name: analysis.call.agent.name ?? analysis.call.agent.id }).waitFor();
    await page.locator('.agent-recent tbody tr a.row-link').first().waitFor();
    await shot('06-agent');

    await page.getByRole('link', { name: 'Team overview' }).click();
    await page.waitForURL(/\/team$/);
    await page.locator('.heatmap canvas').first().waitFor();
    await page.locator('.queue-compliance').waitFor();
    await shot('07-team');
    await page.setViewportSize({ width: 2560, height: 1300 });
    await shot('07-team-wide');
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('says so when no call matches, and when a call does not exist', async () => {
    await page.goto(`${server.url}/calls?minScore=100&maxScore=0`);
    await page.getByRole('heading', { name: 'No calls match these filters' }).waitFor();
    await shot('08-calls-empty');

    await page.goto(`${server.url}/calls/no-such-call`);
    await page.getByRole('heading', { name: 'Call not found' }).waitFor();
    expect(await page.locator('[role="alert"]').textContent()).toContain('no-such-call');
    await shot('09-call-missing');
  });

  it('shows an agent only their own calls, and another agent’s call as not found', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Undertone' }).waitFor();
    await signIn('demo-agent', DEMO_PASSWORD);
    await page.waitForURL(new RegExp(`/agents/${server.demoAgentId}$`));
    await page.locator('.agent-recent tbody tr a.row-link').first().waitFor();
    expect(await page.locator('.signed-in-as .user-role').textContent()).toBe('Agent');
    expect(await page.getByRole('link', { name: 'Team overview' }).count()).toBe(0);
    await shot('10-agent-own-page');

    await page.getByRole('link', { name: 'Calls', exact: true }).click();
    await page.locator('tbody tr a.row-link').first().waitFor();
    const agentOf = new Map(server.analyses.map((a) => [a.call.id, a.call.agent.id]));
    const shown = await page.locator('tbody tr a.row-link').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')!.replace('/calls/', ''))));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown.map((id) => agentOf.get(id)))).toEqual(new Set([server.demoAgentId]));

    const elsewhere = server.analyses.find((a) => a.call.agent.id !== server.demoAgentId)!.call.id;
    await page.goto(`${server.url}/calls/${encodeURIComponent(elsewhere)}`);
    await page.getByRole('heading', { name: 'Call not found' }).waitFor();
    await shot('11-agent-other-call');
  });

  it('changes the signed-in person’s password from their account page, refusing mistakes with the reason', async () => {
    await page.locator('a.signed-in-as').click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    expect(page.url()).toMatch(/\/account$/);
    const fill = async (current: string, next: string, again: string) => {
      await page.getByLabel('Current password').fill(current);
      await page.getByLabel('New password', { exact: true }).fill(next);
      await page.getByLabel('New password again').fill(again);
      await page.getByRole('button', { name: 'Change password' }).click();
    };
    const outcome = () => page.locator('#password-outcome').textContent();
    const newPassword = 'a brand new demo passphrase';

    await fill(DEMO_PASSWORD, newPassword, `${newPassword}!`);
    await expect.poll(outcome).toContain('The two new passwords differ');
    await fill('not-the-password', newPassword, newPassword);
    await expect.poll(outcome).toContain('current password is wrong');
    await fill(DEMO_PASSWORD, 'short', 'short');
    await expect.poll(outcome).toContain('at least 12 characters');
    await fill(DEMO_PASSWORD, newPassword, newPassword);
    await expect.poll(outcome).toContain('Password changed');
    await shot('12-password-changed');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Undertone' }).waitFor();
    await signIn('demo-agent', DEMO_PASSWORD);
    await expect.poll(() => page.locator('#sign-in-error').textContent()).toContain('username or password is wrong');
    await signIn('demo-agent', newPassword);
    await page.waitForURL(new RegExp(`/agents/${server.demoAgentId}$`));
  });

  it('ran every page without a script error or a Content-Security-Policy violation', () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
