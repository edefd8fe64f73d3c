/**
 * How every npm script ends: with the exit code main() returns, or with the
 * error's own (Dutch) message and code 1 — never a stack trace for a contributor.
 */
export function run(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
