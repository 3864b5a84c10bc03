-- wrk script for maximum throughput: no think time; prints the same summary as paced.lua.
function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  io.write(string.format("requests %d in %.1f s (%.1f/s), non-2xx/3xx %d\n",
    summary.requests, secs, summary.requests / secs, summary.errors.status))
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
