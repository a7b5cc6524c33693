import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

declare global {
  interface Window {
    axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

export interface A11yOptions {
  /** Rule ids to skip, each with a reason in the calling test. */
  disableRules?: string[];
}

/** axe-core's violations for the page as it is now (WCAG 2.x A/AA plus best practices). */
export async function findA11yViolations(page: Page, options: A11yOptions = {}): Promise<Result[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    // Injected from node_modules by path, so no request leaves the machine.
    await page.addScriptTag({ path: axeSource });
  }
  const rules = Object.fromEntries(
    (options.disableRules ?? []).map((id) => [id, { enabled: false }]),
  );
  const results = await page.evaluate((runOptions) => window.axe!.run(document, runOptions), {
    resultTypes: ['violations'],
    rules,
  } satisfies RunOptions);
  return results.violations;
}

export function formatViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `      at ${node.target.join(' ')}\n        ${node.failureSummary ?? ''}`)
        .map((line) => line.replaceAll('\n', '\n        '))
        .join('\n');
      return `  - [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Fails with a readable list when axe-core finds any accessibility violation on the page. */
export async function checkA11y(page: Page, options: A11yOptions = {}): Promise<void> {
  const violations = await findA11yViolations(page, options);
  if (violations.length === 0) return;
  throw new Error(
    `axe-core found ${violations.length} accessibility violation(s) on ${page.url()}:\n${formatViolations(violations)}`,
  );
}
