// A node:test reporter that writes the shape of vitest's JSON report, so scripts/test-summary.mjs counts the
// tests of scripts/test/ by the same rules as the packages' reports:
//   node --test --test-reporter=./scripts/node-test-json-reporter.mjs --test-reporter-destination=out.json
// Node runs each test file in its own process and reports the file as a test of its own (name = file path):
// that event carries errors outside any test (import errors, unhandled rejections). A file that exits early
// (process.exit) reports no tests and passes, so a file with no tests is marked failed here. The file event
// only says "test failed", so its message is the error line of the file's stderr (an import or syntax error) or
// the diagnostic that preceded it (Node 20 reports an unhandled rejection that way, without naming the file).

const ERROR_LINE = /^(\w*Error\b|Uncaught|Unhandled)/;

const exitOf = (error) =>
  error?.signal ? ` (${error.signal})` : error?.exitCode ? ` (exit ${error.exitCode})` : "";

function errorMessage(error) {
  const cause = typeof error?.cause === "string" ? error.cause : error?.cause?.message;
  return `${cause || error?.message || "failed"}${exitOf(error)}`;
}

export default async function* nodeTestJsonReporter(source) {
  const files = new Map();
  const fileEntry = (name) => {
    if (!files.has(name)) {
      files.set(name, {
        name,
        failed: false,
        message: "",
        stderrError: "",
        assertionResults: [],
        awaitingParent: [],
      });
    }
    return files.get(name);
  };
  let suites = 0;
  let failedSuites = 0;
  let diagnosticError = "";
  for await (const { type, data } of source) {
    const line = String(data?.message ?? "").trim();
    if (type === "test:stderr" && data.file && ERROR_LINE.test(line)) {
      fileEntry(data.file).stderrError ||= line;
    }
    if (type === "test:diagnostic" && ERROR_LINE.test(line)) diagnosticError ||= line;
    if (type !== "test:pass" && type !== "test:fail") continue;
    const file = fileEntry(data.file ?? "(no file)");
    const failure = type === "test:fail" ? data.details?.error : null;
    if (data.name === data.file) {
      if (failure) file.failed = true;
      if (failure && failure.failureType !== "subtestsFailed") {
        file.message = `${file.stderrError || diagnosticError || "failed"}${exitOf(failure)}`;
      }
      diagnosticError = "";
      continue;
    }
    // Children report before their parent: a parent at nesting n adopts what is still waiting below n.
    for (const child of file.awaitingParent.filter((c) => c.nesting > data.nesting)) {
      child.test.ancestorTitles.unshift(data.name);
      child.nesting = data.nesting;
    }
    file.awaitingParent = file.awaitingParent.filter((c) => c.nesting > 0);
    if (data.details?.type === "suite") {
      suites += 1;
      if (failure) failedSuites += 1;
      // A describe that throws itself, or whose hook fails, has no failed test to show for it.
      if (failure && failure.failureType !== "subtestsFailed") {
        file.failed = true;
        file.message ||= `${data.name}: ${errorMessage(failure)}`;
      }
      continue;
    }
    const status = data.todo ? "todo" : data.skip ? "skipped" : failure ? "failed" : "passed";
    const test = {
      ancestorTitles: [],
      title: data.name,
      status,
      duration: data.details?.duration_ms,
      failureMessages: status === "failed" ? [errorMessage(failure)] : [],
    };
    file.assertionResults.push(test);
    if (data.nesting > 0) file.awaitingParent.push({ test, nesting: data.nesting });
  }

  const testResults = [...files.values()].map(({ name, failed, message, assertionResults }) => {
    for (const test of assertionResults) test.fullName = [...test.ancestorTitles, test.title].join(" ");
    const noTests = assertionResults.length === 0;
    const failedTest = assertionResults.some((t) => t.status === "failed");
    return {
      name,
      status: failed || failedTest || noTests ? "failed" : "passed",
      message: message || (noTests ? "ran no tests (did the file exit early?)" : ""),
      assertionResults,
    };
  });
  const tests = testResults.flatMap((file) => file.assertionResults);
  const count = (status) => tests.filter((t) => t.status === status).length;
  const failedFiles = testResults.filter((file) => file.status === "failed").length;
  yield `${JSON.stringify(
    {
      numTotalTestSuites: testResults.length + suites,
      numPassedTestSuites: testResults.length + suites - failedFiles - failedSuites,
      numFailedTestSuites: failedFiles + failedSuites,
      numPendingTestSuites: 0,
      numTotalTests: tests.length,
      numPassedTests: count("passed"),
      numFailedTests: count("failed"),
      numPendingTests: count("skipped"),
      numTodoTests: count("todo"),
      success: testResults.length > 0 && failedFiles === 0 && failedSuites === 0,
      testResults,
    },
    null,
    2,
  )}\n`;
}
