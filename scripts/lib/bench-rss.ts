// Preloaded (node --import) into processes the benchmark times: reports the process's peak
// resident set size on stderr as it exits, so whole-process memory can be compared.
process.on('exit', () => {
  process.stderr.write(`\n__BENCH_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`)
})
