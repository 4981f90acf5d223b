// The last line for CI logs, in the plain form CI reads ("N passed, N failed, N skipped"):
//   e2e: 42 passed, 0 failed, 1 skipped
// Flaky tests (none while retries are 0) and setup errors count as failed.
// Setup errors (a build or a server that did not start) count as failures.
import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private flaky = 0;
  private skipped = 0;
  private errors = 0;
  private readonly outcomes = new Map<TestCase, ReturnType<TestCase['outcome']>>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test, test.outcome());
  }

  onError(_error: TestError): void {
    this.errors += 1;
  }

  onEnd(result: FullResult): void {
    for (const outcome of this.outcomes.values()) {
      if (outcome === 'expected') this.passed += 1;
      else if (outcome === 'unexpected') this.failed += 1;
      else if (outcome === 'flaky') this.flaky += 1;
      else this.skipped += 1;
    }
    const seconds = (result.duration / 1000).toFixed(1);
    const notes = [this.flaky && `${this.flaky} flaky`, this.errors && `${this.errors} setup error${this.errors === 1 ? '' : 's'}`].filter(Boolean);
    console.log(`\ne2e ${result.status} in ${seconds} s${notes.length ? ` (${notes.join(', ')})` : ''}`);
    console.log(`e2e: ${this.passed} passed, ${this.failed + this.flaky + this.errors} failed, ${this.skipped} skipped`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
