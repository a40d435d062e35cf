-- wrk reporter: one line with the percentiles the targets speak of (wrk's --latency omits p95).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("requests %d  errors %d  rps %.0f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
