# Sums the `dotnet test` output of every test assembly into one line,
#   Tests: N passed, N failed, N skipped
# and exits 1 when the run is not a clean, complete one: a failed or skipped test (a skipped
# test checks nothing), a test assembly that ran no test, or fewer tests than `minimum`
# (-v minimum=N, kept in .ci/min-tests) because tests went missing.

# "Test run for /path/JorgeBi.Tests.dll (.NETCoreApp,Version=v10.0)": an assembly starts.
/^Test run for / {
  name = $4
  sub(/.*\//, "", name)
  started[name] = 1
}

# "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, Duration: 3 s - JorgeBi.Tests.dll (net10.0)"
/^(Passed|Failed)!/ {
  for (i = 1; i <= NF; i++) {
    if ($i == "Failed:") { f = $(i + 1) + 0 }
    if ($i == "Passed:") { p = $(i + 1) + 0 }
    if ($i == "Skipped:") { s = $(i + 1) + 0 }
  }
  executed[$(NF - 1)] += p + f
  passed += p; failed += f; skipped += s
}

END {
  bad = failed > 0
  for (name in started) {
    if (executed[name] == 0) { print name " ran no tests."; bad = 1 }
  }
  if (skipped > 0) { print skipped " tests were skipped: a skipped test fails the run."; bad = 1 }
  if (passed + failed < minimum) {
    printf "Only %d tests ran; at least %d are expected (.ci/min-tests).\n", passed + failed, minimum
    bad = 1
  }
  printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped
  exit bad
}
